/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Menu_Open_CardInputs */

const en_menu_open_card = /** @type {(inputs: Menu_Open_CardInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Open card`)
};

const de_menu_open_card = /** @type {(inputs: Menu_Open_CardInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Karte öffnen`)
};

const fr_menu_open_card = /** @type {(inputs: Menu_Open_CardInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ouvrir la fiche`)
};

/**
* | output |
* | --- |
* | "Open card" |
*
* @param {Menu_Open_CardInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const menu_open_card = /** @type {((inputs?: Menu_Open_CardInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Menu_Open_CardInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_menu_open_card(inputs)
	if (locale === "fr") return fr_menu_open_card(inputs)
	return en_menu_open_card(inputs)
});
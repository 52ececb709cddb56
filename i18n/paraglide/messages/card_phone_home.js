/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Card_Phone_HomeInputs */

const en_card_phone_home = /** @type {(inputs: Card_Phone_HomeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Home phone`)
};

const de_card_phone_home = /** @type {(inputs: Card_Phone_HomeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Telefon (privat)`)
};

const fr_card_phone_home = /** @type {(inputs: Card_Phone_HomeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Téléphone personnel`)
};

/**
* | output |
* | --- |
* | "Home phone" |
*
* @param {Card_Phone_HomeInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const card_phone_home = /** @type {((inputs?: Card_Phone_HomeInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Card_Phone_HomeInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_card_phone_home(inputs)
	if (locale === "fr") return fr_card_phone_home(inputs)
	return en_card_phone_home(inputs)
});
/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Menu_Auto_BackInputs */

const en_menu_auto_back = /** @type {(inputs: Menu_Auto_BackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Back to the level the server gives automatically.`)
};

const de_menu_auto_back = /** @type {(inputs: Menu_Auto_BackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zurück zur Stufe, die der Server automatisch vergibt.`)
};

const fr_menu_auto_back = /** @type {(inputs: Menu_Auto_BackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Retour au niveau que le serveur attribue automatiquement.`)
};

/**
* | output |
* | --- |
* | "Back to the level the server gives automatically." |
*
* @param {Menu_Auto_BackInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const menu_auto_back = /** @type {((inputs?: Menu_Auto_BackInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Menu_Auto_BackInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_menu_auto_back(inputs)
	if (locale === "fr") return fr_menu_auto_back(inputs)
	return en_menu_auto_back(inputs)
});
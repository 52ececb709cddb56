/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Help_Stores_TitleInputs */

const en_help_stores_title = /** @type {(inputs: Help_Stores_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`What the app keeps, and where`)
};

const de_help_stores_title = /** @type {(inputs: Help_Stores_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Was die App speichert und wo`)
};

const fr_help_stores_title = /** @type {(inputs: Help_Stores_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ce que l’application conserve, et où`)
};

/**
* | output |
* | --- |
* | "What the app keeps, and where" |
*
* @param {Help_Stores_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_stores_title = /** @type {((inputs?: Help_Stores_TitleInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_Stores_TitleInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_help_stores_title(inputs)
	if (locale === "fr") return fr_help_stores_title(inputs)
	return en_help_stores_title(inputs)
});
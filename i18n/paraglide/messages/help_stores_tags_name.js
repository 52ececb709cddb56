/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Help_Stores_Tags_NameInputs */

const en_help_stores_tags_name = /** @type {(inputs: Help_Stores_Tags_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Who you tagged`)
};

const de_help_stores_tags_name = /** @type {(inputs: Help_Stores_Tags_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wen Sie markiert haben`)
};

const fr_help_stores_tags_name = /** @type {(inputs: Help_Stores_Tags_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Les personnes que vous avez marquées`)
};

/**
* | output |
* | --- |
* | "Who you tagged" |
*
* @param {Help_Stores_Tags_NameInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_stores_tags_name = /** @type {((inputs?: Help_Stores_Tags_NameInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_Stores_Tags_NameInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_help_stores_tags_name(inputs)
	if (locale === "fr") return fr_help_stores_tags_name(inputs)
	return en_help_stores_tags_name(inputs)
});
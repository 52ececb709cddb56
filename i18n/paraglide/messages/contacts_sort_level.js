/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Contacts_Sort_LevelInputs */

const en_contacts_sort_level = /** @type {(inputs: Contacts_Sort_LevelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`by level`)
};

const de_contacts_sort_level = /** @type {(inputs: Contacts_Sort_LevelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`nach Stufe`)
};

const fr_contacts_sort_level = /** @type {(inputs: Contacts_Sort_LevelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`par niveau`)
};

/**
* | output |
* | --- |
* | "by level" |
*
* @param {Contacts_Sort_LevelInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contacts_sort_level = /** @type {((inputs?: Contacts_Sort_LevelInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contacts_Sort_LevelInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_contacts_sort_level(inputs)
	if (locale === "fr") return fr_contacts_sort_level(inputs)
	return en_contacts_sort_level(inputs)
});
/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Contacts_SortInputs */

const en_contacts_sort = /** @type {(inputs: Contacts_SortInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sort`)
};

const de_contacts_sort = /** @type {(inputs: Contacts_SortInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sortieren`)
};

const fr_contacts_sort = /** @type {(inputs: Contacts_SortInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Trier`)
};

/**
* | output |
* | --- |
* | "Sort" |
*
* @param {Contacts_SortInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contacts_sort = /** @type {((inputs?: Contacts_SortInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contacts_SortInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_contacts_sort(inputs)
	if (locale === "fr") return fr_contacts_sort(inputs)
	return en_contacts_sort(inputs)
});
/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Contacts_Sort_NameInputs */

const en_contacts_sort_name = /** @type {(inputs: Contacts_Sort_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`by name`)
};

const de_contacts_sort_name = /** @type {(inputs: Contacts_Sort_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`nach Name`)
};

const fr_contacts_sort_name = /** @type {(inputs: Contacts_Sort_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`par nom`)
};

/**
* | output |
* | --- |
* | "by name" |
*
* @param {Contacts_Sort_NameInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contacts_sort_name = /** @type {((inputs?: Contacts_Sort_NameInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contacts_Sort_NameInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_contacts_sort_name(inputs)
	if (locale === "fr") return fr_contacts_sort_name(inputs)
	return en_contacts_sort_name(inputs)
});
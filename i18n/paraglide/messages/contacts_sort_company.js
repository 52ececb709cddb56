/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Contacts_Sort_CompanyInputs */

const en_contacts_sort_company = /** @type {(inputs: Contacts_Sort_CompanyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`by company`)
};

const de_contacts_sort_company = /** @type {(inputs: Contacts_Sort_CompanyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`nach Firma`)
};

const fr_contacts_sort_company = /** @type {(inputs: Contacts_Sort_CompanyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`par entreprise`)
};

/**
* | output |
* | --- |
* | "by company" |
*
* @param {Contacts_Sort_CompanyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contacts_sort_company = /** @type {((inputs?: Contacts_Sort_CompanyInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contacts_Sort_CompanyInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_contacts_sort_company(inputs)
	if (locale === "fr") return fr_contacts_sort_company(inputs)
	return en_contacts_sort_company(inputs)
});
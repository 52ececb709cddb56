/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Contacts_No_CompanyInputs */

const en_contacts_no_company = /** @type {(inputs: Contacts_No_CompanyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No company`)
};

const de_contacts_no_company = /** @type {(inputs: Contacts_No_CompanyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Keine Firma`)
};

const fr_contacts_no_company = /** @type {(inputs: Contacts_No_CompanyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aucune entreprise`)
};

/**
* | output |
* | --- |
* | "No company" |
*
* @param {Contacts_No_CompanyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contacts_no_company = /** @type {((inputs?: Contacts_No_CompanyInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contacts_No_CompanyInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_contacts_no_company(inputs)
	if (locale === "fr") return fr_contacts_no_company(inputs)
	return en_contacts_no_company(inputs)
});
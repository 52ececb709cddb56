/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Groups_Other_ContactsInputs */

const en_groups_other_contacts = /** @type {(inputs: Groups_Other_ContactsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Other Contacts`)
};

const de_groups_other_contacts = /** @type {(inputs: Groups_Other_ContactsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Weitere Kontakte`)
};

const fr_groups_other_contacts = /** @type {(inputs: Groups_Other_ContactsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Autres contacts`)
};

/**
* | output |
* | --- |
* | "Other Contacts" |
*
* @param {Groups_Other_ContactsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_other_contacts = /** @type {((inputs?: Groups_Other_ContactsInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Groups_Other_ContactsInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_groups_other_contacts(inputs)
	if (locale === "fr") return fr_groups_other_contacts(inputs)
	return en_groups_other_contacts(inputs)
});
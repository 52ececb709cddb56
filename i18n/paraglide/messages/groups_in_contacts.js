/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Groups_In_ContactsInputs */

const en_groups_in_contacts = /** @type {(inputs: Groups_In_ContactsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`In your contacts`)
};

const de_groups_in_contacts = /** @type {(inputs: Groups_In_ContactsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`In Ihren Kontakten`)
};

const fr_groups_in_contacts = /** @type {(inputs: Groups_In_ContactsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dans vos contacts`)
};

/**
* | output |
* | --- |
* | "In your contacts" |
*
* @param {Groups_In_ContactsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_in_contacts = /** @type {((inputs?: Groups_In_ContactsInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Groups_In_ContactsInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_groups_in_contacts(inputs)
	if (locale === "fr") return fr_groups_in_contacts(inputs)
	return en_groups_in_contacts(inputs)
});
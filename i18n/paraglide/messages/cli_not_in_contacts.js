/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ contact: NonNullable<unknown> }} Cli_Not_In_ContactsInputs */

const en_cli_not_in_contacts = /** @type {(inputs: Cli_Not_In_ContactsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.contact} is not in your contacts.`)
};

const de_cli_not_in_contacts = /** @type {(inputs: Cli_Not_In_ContactsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.contact} ist nicht in Ihren Kontakten.`)
};

const fr_cli_not_in_contacts = /** @type {(inputs: Cli_Not_In_ContactsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.contact} ne fait pas partie de vos contacts.`)
};

/**
* | output |
* | --- |
* | "{contact} is not in your contacts." |
*
* @param {Cli_Not_In_ContactsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_not_in_contacts = /** @type {((inputs: Cli_Not_In_ContactsInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Not_In_ContactsInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_cli_not_in_contacts(inputs)
	if (locale === "fr") return fr_cli_not_in_contacts(inputs)
	return en_cli_not_in_contacts(inputs)
});
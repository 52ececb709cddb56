/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ contact: NonNullable<unknown> }} Cli_Not_In_ContactsInputs */

const en_cli_not_in_contacts = /** @type {(inputs: Cli_Not_In_ContactsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.contact} is not in your contacts.`)
};

/**
* | output |
* | --- |
* | "{contact} is not in your contacts." |
*
* @param {Cli_Not_In_ContactsInputs} inputs
* @param {{ locale?: "en" }} options
* @returns {LocalizedString}
*/
export const cli_not_in_contacts = /** @type {((inputs: Cli_Not_In_ContactsInputs, options?: { locale?: "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Not_In_ContactsInputs, { locale?: "en" }, {}>} */ ((inputs, options = {}) => {
	experimentalStaticLocale ?? options.locale ?? getLocale()
	return en_cli_not_in_contacts(inputs)
});
/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Format_Step_Loading_ContactsInputs */

const en_format_step_loading_contacts = /** @type {(inputs: Format_Step_Loading_ContactsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Loading contacts`)
};

const de_format_step_loading_contacts = /** @type {(inputs: Format_Step_Loading_ContactsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kontakte werden geladen`)
};

const fr_format_step_loading_contacts = /** @type {(inputs: Format_Step_Loading_ContactsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Chargement des contacts`)
};

/**
* | output |
* | --- |
* | "Loading contacts" |
*
* @param {Format_Step_Loading_ContactsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const format_step_loading_contacts = /** @type {((inputs?: Format_Step_Loading_ContactsInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Step_Loading_ContactsInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_format_step_loading_contacts(inputs)
	if (locale === "fr") return fr_format_step_loading_contacts(inputs)
	return en_format_step_loading_contacts(inputs)
});
/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Tray_Step_Loading_ContactsInputs */

const en_tray_step_loading_contacts = /** @type {(inputs: Tray_Step_Loading_ContactsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`loading contacts`)
};

const de_tray_step_loading_contacts = /** @type {(inputs: Tray_Step_Loading_ContactsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kontakte werden geladen`)
};

const fr_tray_step_loading_contacts = /** @type {(inputs: Tray_Step_Loading_ContactsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`chargement des contacts`)
};

/**
* | output |
* | --- |
* | "loading contacts" |
*
* @param {Tray_Step_Loading_ContactsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_step_loading_contacts = /** @type {((inputs?: Tray_Step_Loading_ContactsInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tray_Step_Loading_ContactsInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_tray_step_loading_contacts(inputs)
	if (locale === "fr") return fr_tray_step_loading_contacts(inputs)
	return en_tray_step_loading_contacts(inputs)
});
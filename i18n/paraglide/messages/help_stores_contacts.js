/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Help_Stores_ContactsInputs */

const en_help_stores_contacts = /** @type {(inputs: Help_Stores_ContactsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your contacts and their levels stay on the server; the app keeps them in memory while it runs.`)
};

const de_help_stores_contacts = /** @type {(inputs: Help_Stores_ContactsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ihre Kontakte und deren Stufen bleiben auf dem Server; die App hält sie nur im Arbeitsspeicher, solange sie läuft.`)
};

const fr_help_stores_contacts = /** @type {(inputs: Help_Stores_ContactsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vos contacts et leurs niveaux restent sur le serveur ; l’application les garde en mémoire tant qu’elle tourne.`)
};

/**
* | output |
* | --- |
* | "Your contacts and their levels stay on the server; the app keeps them in memory while it runs." |
*
* @param {Help_Stores_ContactsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_stores_contacts = /** @type {((inputs?: Help_Stores_ContactsInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_Stores_ContactsInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_help_stores_contacts(inputs)
	if (locale === "fr") return fr_help_stores_contacts(inputs)
	return en_help_stores_contacts(inputs)
});
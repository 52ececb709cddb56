/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Contacts_PlaceholderInputs */

const en_contacts_placeholder = /** @type {(inputs: Contacts_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Select a contact to see their details and what they see about you. Ctrl+click or Shift+click to pick several and change them together; right-click a contact for its menu.`)
};

const de_contacts_placeholder = /** @type {(inputs: Contacts_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wählen Sie einen Kontakt, um seine Details zu sehen und was er über Sie sieht. Mit Strg+Klick oder Umschalt+Klick wählen Sie mehrere aus und ändern sie gemeinsam; ein Rechtsklick auf einen Kontakt öffnet sein Menü.`)
};

const fr_contacts_placeholder = /** @type {(inputs: Contacts_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sélectionnez un contact pour voir ses détails et ce qu'il voit de vous. Ctrl+clic ou Maj+clic pour en choisir plusieurs et les modifier ensemble ; clic droit sur un contact pour ouvrir son menu.`)
};

/**
* | output |
* | --- |
* | "Select a contact to see their details and what they see about you. Ctrl+click or Shift+click to pick several and change them together; right-click a contact ..." |
*
* @param {Contacts_PlaceholderInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contacts_placeholder = /** @type {((inputs?: Contacts_PlaceholderInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contacts_PlaceholderInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_contacts_placeholder(inputs)
	if (locale === "fr") return fr_contacts_placeholder(inputs)
	return en_contacts_placeholder(inputs)
});
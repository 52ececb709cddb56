/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Contacts_Search_HintInputs */

const en_contacts_search_hint = /** @type {(inputs: Contacts_Search_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Search by name, title, e-mail, company or department (Ctrl+F)`)
};

const de_contacts_search_hint = /** @type {(inputs: Contacts_Search_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nach Name, Position, E-Mail, Firma oder Abteilung suchen (Strg+F)`)
};

const fr_contacts_search_hint = /** @type {(inputs: Contacts_Search_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rechercher par nom, fonction, e-mail, entreprise ou service (Ctrl+F)`)
};

/**
* | output |
* | --- |
* | "Search by name, title, e-mail, company or department (Ctrl+F)" |
*
* @param {Contacts_Search_HintInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contacts_search_hint = /** @type {((inputs?: Contacts_Search_HintInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contacts_Search_HintInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_contacts_search_hint(inputs)
	if (locale === "fr") return fr_contacts_search_hint(inputs)
	return en_contacts_search_hint(inputs)
});
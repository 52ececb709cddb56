/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Contacts_SearchInputs */

const en_contacts_search = /** @type {(inputs: Contacts_SearchInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Search contacts`)
};

const de_contacts_search = /** @type {(inputs: Contacts_SearchInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kontakte durchsuchen`)
};

const fr_contacts_search = /** @type {(inputs: Contacts_SearchInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rechercher des contacts`)
};

/**
* | output |
* | --- |
* | "Search contacts" |
*
* @param {Contacts_SearchInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contacts_search = /** @type {((inputs?: Contacts_SearchInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contacts_SearchInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_contacts_search(inputs)
	if (locale === "fr") return fr_contacts_search(inputs)
	return en_contacts_search(inputs)
});
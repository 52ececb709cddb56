/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Contacts_None_MatchInputs */

const en_contacts_none_match = /** @type {(inputs: Contacts_None_MatchInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No contacts match.`)
};

const de_contacts_none_match = /** @type {(inputs: Contacts_None_MatchInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Keine passenden Kontakte.`)
};

const fr_contacts_none_match = /** @type {(inputs: Contacts_None_MatchInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aucun contact ne correspond.`)
};

/**
* | output |
* | --- |
* | "No contacts match." |
*
* @param {Contacts_None_MatchInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contacts_none_match = /** @type {((inputs?: Contacts_None_MatchInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contacts_None_MatchInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_contacts_none_match(inputs)
	if (locale === "fr") return fr_contacts_none_match(inputs)
	return en_contacts_none_match(inputs)
});
/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Contacts_All_LevelsInputs */

const en_contacts_all_levels = /** @type {(inputs: Contacts_All_LevelsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`All levels`)
};

const de_contacts_all_levels = /** @type {(inputs: Contacts_All_LevelsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alle Stufen`)
};

const fr_contacts_all_levels = /** @type {(inputs: Contacts_All_LevelsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tous niveaux`)
};

/**
* | output |
* | --- |
* | "All levels" |
*
* @param {Contacts_All_LevelsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contacts_all_levels = /** @type {((inputs?: Contacts_All_LevelsInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contacts_All_LevelsInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_contacts_all_levels(inputs)
	if (locale === "fr") return fr_contacts_all_levels(inputs)
	return en_contacts_all_levels(inputs)
});
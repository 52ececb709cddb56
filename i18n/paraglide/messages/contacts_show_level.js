/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Contacts_Show_LevelInputs */

const en_contacts_show_level = /** @type {(inputs: Contacts_Show_LevelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Show level`)
};

const de_contacts_show_level = /** @type {(inputs: Contacts_Show_LevelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stufe anzeigen`)
};

const fr_contacts_show_level = /** @type {(inputs: Contacts_Show_LevelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Niveau affiché`)
};

/**
* | output |
* | --- |
* | "Show level" |
*
* @param {Contacts_Show_LevelInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contacts_show_level = /** @type {((inputs?: Contacts_Show_LevelInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contacts_Show_LevelInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_contacts_show_level(inputs)
	if (locale === "fr") return fr_contacts_show_level(inputs)
	return en_contacts_show_level(inputs)
});
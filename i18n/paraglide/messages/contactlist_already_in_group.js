/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Contactlist_Already_In_GroupInputs */

const en_contactlist_already_in_group = /** @type {(inputs: Contactlist_Already_In_GroupInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This person is already in that group.`)
};

const de_contactlist_already_in_group = /** @type {(inputs: Contactlist_Already_In_GroupInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Diese Person ist bereits in dieser Gruppe.`)
};

const fr_contactlist_already_in_group = /** @type {(inputs: Contactlist_Already_In_GroupInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cette personne fait déjà partie de ce groupe.`)
};

/**
* | output |
* | --- |
* | "This person is already in that group." |
*
* @param {Contactlist_Already_In_GroupInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contactlist_already_in_group = /** @type {((inputs?: Contactlist_Already_In_GroupInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contactlist_Already_In_GroupInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_contactlist_already_in_group(inputs)
	if (locale === "fr") return fr_contactlist_already_in_group(inputs)
	return en_contactlist_already_in_group(inputs)
});
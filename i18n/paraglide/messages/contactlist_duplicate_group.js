/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Contactlist_Duplicate_GroupInputs */

const en_contactlist_duplicate_group = /** @type {(inputs: Contactlist_Duplicate_GroupInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`There is already a group with that name. Choose another name.`)
};

const de_contactlist_duplicate_group = /** @type {(inputs: Contactlist_Duplicate_GroupInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Es gibt bereits eine Gruppe mit diesem Namen. Wählen Sie einen anderen Namen.`)
};

const fr_contactlist_duplicate_group = /** @type {(inputs: Contactlist_Duplicate_GroupInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Un groupe porte déjà ce nom. Choisissez-en un autre.`)
};

/**
* | output |
* | --- |
* | "There is already a group with that name. Choose another name." |
*
* @param {Contactlist_Duplicate_GroupInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contactlist_duplicate_group = /** @type {((inputs?: Contactlist_Duplicate_GroupInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contactlist_Duplicate_GroupInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_contactlist_duplicate_group(inputs)
	if (locale === "fr") return fr_contactlist_duplicate_group(inputs)
	return en_contactlist_duplicate_group(inputs)
});
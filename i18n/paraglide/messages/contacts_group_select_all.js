/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Contacts_Group_Select_AllInputs */

const en_contacts_group_select_all = /** @type {(inputs: Contacts_Group_Select_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Select all`)
};

const de_contacts_group_select_all = /** @type {(inputs: Contacts_Group_Select_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alle auswählen`)
};

const fr_contacts_group_select_all = /** @type {(inputs: Contacts_Group_Select_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tout sélectionner`)
};

/**
* | output |
* | --- |
* | "Select all" |
*
* @param {Contacts_Group_Select_AllInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contacts_group_select_all = /** @type {((inputs?: Contacts_Group_Select_AllInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contacts_Group_Select_AllInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_contacts_group_select_all(inputs)
	if (locale === "fr") return fr_contacts_group_select_all(inputs)
	return en_contacts_group_select_all(inputs)
});
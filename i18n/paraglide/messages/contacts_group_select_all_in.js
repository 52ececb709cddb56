/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown>, group: NonNullable<unknown> }} Contacts_Group_Select_All_InInputs */

const en_contacts_group_select_all_in = /** @type {(inputs: Contacts_Group_Select_All_InInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Select all ${i?.count} in ${i?.group}`)
};

const de_contacts_group_select_all_in = /** @type {(inputs: Contacts_Group_Select_All_InInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Alle ${i?.count} in ${i?.group} auswählen`)
};

const fr_contacts_group_select_all_in = /** @type {(inputs: Contacts_Group_Select_All_InInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Sélectionner les ${i?.count} de ${i?.group}`)
};

/**
* | output |
* | --- |
* | "Select all {count} in {group}" |
*
* @param {Contacts_Group_Select_All_InInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contacts_group_select_all_in = /** @type {((inputs: Contacts_Group_Select_All_InInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contacts_Group_Select_All_InInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_contacts_group_select_all_in(inputs)
	if (locale === "fr") return fr_contacts_group_select_all_in(inputs)
	return en_contacts_group_select_all_in(inputs)
});
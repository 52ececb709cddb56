/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ uri: NonNullable<unknown>, group: NonNullable<unknown> }} Contactlist_Member_Not_In_GroupInputs */

const en_contactlist_member_not_in_group = /** @type {(inputs: Contactlist_Member_Not_In_GroupInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.uri} is not in ${i?.group}.`)
};

const de_contactlist_member_not_in_group = /** @type {(inputs: Contactlist_Member_Not_In_GroupInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.uri} ist nicht in ${i?.group}.`)
};

const fr_contactlist_member_not_in_group = /** @type {(inputs: Contactlist_Member_Not_In_GroupInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.uri} ne fait pas partie de ${i?.group}.`)
};

/**
* | output |
* | --- |
* | "{uri} is not in {group}." |
*
* @param {Contactlist_Member_Not_In_GroupInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contactlist_member_not_in_group = /** @type {((inputs: Contactlist_Member_Not_In_GroupInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contactlist_Member_Not_In_GroupInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_contactlist_member_not_in_group(inputs)
	if (locale === "fr") return fr_contactlist_member_not_in_group(inputs)
	return en_contactlist_member_not_in_group(inputs)
});
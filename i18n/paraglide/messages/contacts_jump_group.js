/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Contacts_Jump_GroupInputs */

const en_contacts_jump_group = /** @type {(inputs: Contacts_Jump_GroupInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`a group…`)
};

const de_contacts_jump_group = /** @type {(inputs: Contacts_Jump_GroupInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`einer Gruppe…`)
};

const fr_contacts_jump_group = /** @type {(inputs: Contacts_Jump_GroupInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`un groupe…`)
};

/**
* | output |
* | --- |
* | "a group…" |
*
* @param {Contacts_Jump_GroupInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contacts_jump_group = /** @type {((inputs?: Contacts_Jump_GroupInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contacts_Jump_GroupInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_contacts_jump_group(inputs)
	if (locale === "fr") return fr_contacts_jump_group(inputs)
	return en_contacts_jump_group(inputs)
});
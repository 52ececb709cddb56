/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Contacts_JumpInputs */

const en_contacts_jump = /** @type {(inputs: Contacts_JumpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Jump to`)
};

const de_contacts_jump = /** @type {(inputs: Contacts_JumpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Springen zu`)
};

const fr_contacts_jump = /** @type {(inputs: Contacts_JumpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aller à`)
};

/**
* | output |
* | --- |
* | "Jump to" |
*
* @param {Contacts_JumpInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contacts_jump = /** @type {((inputs?: Contacts_JumpInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contacts_JumpInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_contacts_jump(inputs)
	if (locale === "fr") return fr_contacts_jump(inputs)
	return en_contacts_jump(inputs)
});
/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Help_Signed_In_AsInputs */

const en_help_signed_in_as = /** @type {(inputs: Help_Signed_In_AsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Signed in as`)
};

const de_help_signed_in_as = /** @type {(inputs: Help_Signed_In_AsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Angemeldet als`)
};

const fr_help_signed_in_as = /** @type {(inputs: Help_Signed_In_AsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Connecté en tant que`)
};

/**
* | output |
* | --- |
* | "Signed in as" |
*
* @param {Help_Signed_In_AsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_signed_in_as = /** @type {((inputs?: Help_Signed_In_AsInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_Signed_In_AsInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_help_signed_in_as(inputs)
	if (locale === "fr") return fr_help_signed_in_as(inputs)
	return en_help_signed_in_as(inputs)
});
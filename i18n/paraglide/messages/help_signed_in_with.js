/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Help_Signed_In_WithInputs */

const en_help_signed_in_with = /** @type {(inputs: Help_Signed_In_WithInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Signed in with`)
};

const de_help_signed_in_with = /** @type {(inputs: Help_Signed_In_WithInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Angemeldet mit`)
};

const fr_help_signed_in_with = /** @type {(inputs: Help_Signed_In_WithInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Connecté avec`)
};

/**
* | output |
* | --- |
* | "Signed in with" |
*
* @param {Help_Signed_In_WithInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_signed_in_with = /** @type {((inputs?: Help_Signed_In_WithInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_Signed_In_WithInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_help_signed_in_with(inputs)
	if (locale === "fr") return fr_help_signed_in_with(inputs)
	return en_help_signed_in_with(inputs)
});
/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Help_Not_Signed_InInputs */

const en_help_not_signed_in = /** @type {(inputs: Help_Not_Signed_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Not signed in`)
};

const de_help_not_signed_in = /** @type {(inputs: Help_Not_Signed_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nicht angemeldet`)
};

const fr_help_not_signed_in = /** @type {(inputs: Help_Not_Signed_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Non connecté`)
};

/**
* | output |
* | --- |
* | "Not signed in" |
*
* @param {Help_Not_Signed_InInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_not_signed_in = /** @type {((inputs?: Help_Not_Signed_InInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_Not_Signed_InInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_help_not_signed_in(inputs)
	if (locale === "fr") return fr_help_not_signed_in(inputs)
	return en_help_not_signed_in(inputs)
});
/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Err_Not_Signed_InInputs */

const en_err_not_signed_in = /** @type {(inputs: Err_Not_Signed_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`You are signed out`)
};

const de_err_not_signed_in = /** @type {(inputs: Err_Not_Signed_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sie sind abgemeldet`)
};

const fr_err_not_signed_in = /** @type {(inputs: Err_Not_Signed_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vous êtes déconnecté`)
};

/**
* | output |
* | --- |
* | "You are signed out" |
*
* @param {Err_Not_Signed_InInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const err_not_signed_in = /** @type {((inputs?: Err_Not_Signed_InInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Err_Not_Signed_InInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_err_not_signed_in(inputs)
	if (locale === "fr") return fr_err_not_signed_in(inputs)
	return en_err_not_signed_in(inputs)
});
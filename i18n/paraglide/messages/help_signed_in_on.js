/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ server: NonNullable<unknown> }} Help_Signed_In_OnInputs */

const en_help_signed_in_on = /** @type {(inputs: Help_Signed_In_OnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`on ${i?.server}.`)
};

const de_help_signed_in_on = /** @type {(inputs: Help_Signed_In_OnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`bei ${i?.server}.`)
};

const fr_help_signed_in_on = /** @type {(inputs: Help_Signed_In_OnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`sur ${i?.server}.`)
};

/**
* | output |
* | --- |
* | "on {server}." |
*
* @param {Help_Signed_In_OnInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_signed_in_on = /** @type {((inputs: Help_Signed_In_OnInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_Signed_In_OnInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_help_signed_in_on(inputs)
	if (locale === "fr") return fr_help_signed_in_on(inputs)
	return en_help_signed_in_on(inputs)
});
/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ user: NonNullable<unknown>, server: NonNullable<unknown> }} Settings_Signed_InInputs */

const en_settings_signed_in = /** @type {(inputs: Settings_Signed_InInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Signed in as ${i?.user} on ${i?.server}.`)
};

const de_settings_signed_in = /** @type {(inputs: Settings_Signed_InInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Angemeldet als ${i?.user} bei ${i?.server}.`)
};

const fr_settings_signed_in = /** @type {(inputs: Settings_Signed_InInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Connecté en tant que ${i?.user} sur ${i?.server}.`)
};

/**
* | output |
* | --- |
* | "Signed in as {user} on {server}." |
*
* @param {Settings_Signed_InInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_signed_in = /** @type {((inputs: Settings_Signed_InInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Settings_Signed_InInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_settings_signed_in(inputs)
	if (locale === "fr") return fr_settings_signed_in(inputs)
	return en_settings_signed_in(inputs)
});
/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ step: NonNullable<unknown> }} Tray_Signing_InInputs */

const en_tray_signing_in = /** @type {(inputs: Tray_Signing_InInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Signing in: ${i?.step}…`)
};

const de_tray_signing_in = /** @type {(inputs: Tray_Signing_InInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Anmeldung: ${i?.step}…`)
};

const fr_tray_signing_in = /** @type {(inputs: Tray_Signing_InInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Connexion : ${i?.step}…`)
};

/**
* | output |
* | --- |
* | "Signing in: {step}…" |
*
* @param {Tray_Signing_InInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_signing_in = /** @type {((inputs: Tray_Signing_InInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tray_Signing_InInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_tray_signing_in(inputs)
	if (locale === "fr") return fr_tray_signing_in(inputs)
	return en_tray_signing_in(inputs)
});
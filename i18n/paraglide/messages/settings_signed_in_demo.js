/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ user: NonNullable<unknown> }} Settings_Signed_In_DemoInputs */

const en_settings_signed_in_demo = /** @type {(inputs: Settings_Signed_In_DemoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Signed in as ${i?.user} to the demo server on this computer.`)
};

const de_settings_signed_in_demo = /** @type {(inputs: Settings_Signed_In_DemoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Angemeldet als ${i?.user} beim Demo-Server auf diesem Computer.`)
};

const fr_settings_signed_in_demo = /** @type {(inputs: Settings_Signed_In_DemoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Connecté en tant que ${i?.user} au serveur de démonstration de cet ordinateur.`)
};

/**
* | output |
* | --- |
* | "Signed in as {user} to the demo server on this computer." |
*
* @param {Settings_Signed_In_DemoInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_signed_in_demo = /** @type {((inputs: Settings_Signed_In_DemoInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Settings_Signed_In_DemoInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_settings_signed_in_demo(inputs)
	if (locale === "fr") return fr_settings_signed_in_demo(inputs)
	return en_settings_signed_in_demo(inputs)
});
/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Tray_Step_AuthenticatingInputs */

const en_tray_step_authenticating = /** @type {(inputs: Tray_Step_AuthenticatingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`signing in`)
};

const de_tray_step_authenticating = /** @type {(inputs: Tray_Step_AuthenticatingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Anmeldung läuft`)
};

const fr_tray_step_authenticating = /** @type {(inputs: Tray_Step_AuthenticatingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`authentification`)
};

/**
* | output |
* | --- |
* | "signing in" |
*
* @param {Tray_Step_AuthenticatingInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_step_authenticating = /** @type {((inputs?: Tray_Step_AuthenticatingInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tray_Step_AuthenticatingInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_tray_step_authenticating(inputs)
	if (locale === "fr") return fr_tray_step_authenticating(inputs)
	return en_tray_step_authenticating(inputs)
});
/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Format_Step_AuthenticatingInputs */

const en_format_step_authenticating = /** @type {(inputs: Format_Step_AuthenticatingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Signing in`)
};

const de_format_step_authenticating = /** @type {(inputs: Format_Step_AuthenticatingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Anmeldung`)
};

const fr_format_step_authenticating = /** @type {(inputs: Format_Step_AuthenticatingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Connexion`)
};

/**
* | output |
* | --- |
* | "Signing in" |
*
* @param {Format_Step_AuthenticatingInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const format_step_authenticating = /** @type {((inputs?: Format_Step_AuthenticatingInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Step_AuthenticatingInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_format_step_authenticating(inputs)
	if (locale === "fr") return fr_format_step_authenticating(inputs)
	return en_format_step_authenticating(inputs)
});
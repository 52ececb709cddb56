/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Signin_Windows_FailedInputs */

const en_signin_windows_failed = /** @type {(inputs: Signin_Windows_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Windows sign-in did not work`)
};

const de_signin_windows_failed = /** @type {(inputs: Signin_Windows_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Windows-Anmeldung hat nicht funktioniert`)
};

const fr_signin_windows_failed = /** @type {(inputs: Signin_Windows_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La connexion Windows n’a pas fonctionné`)
};

/**
* | output |
* | --- |
* | "Windows sign-in did not work" |
*
* @param {Signin_Windows_FailedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_windows_failed = /** @type {((inputs?: Signin_Windows_FailedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Windows_FailedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_signin_windows_failed(inputs)
	if (locale === "fr") return fr_signin_windows_failed(inputs)
	return en_signin_windows_failed(inputs)
});
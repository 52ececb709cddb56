/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Signin_Method_WindowsInputs */

const en_signin_method_windows = /** @type {(inputs: Signin_Method_WindowsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Windows account`)
};

const de_signin_method_windows = /** @type {(inputs: Signin_Method_WindowsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Windows-Konto`)
};

const fr_signin_method_windows = /** @type {(inputs: Signin_Method_WindowsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Compte Windows`)
};

/**
* | output |
* | --- |
* | "Windows account" |
*
* @param {Signin_Method_WindowsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_method_windows = /** @type {((inputs?: Signin_Method_WindowsInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Method_WindowsInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_signin_method_windows(inputs)
	if (locale === "fr") return fr_signin_method_windows(inputs)
	return en_signin_method_windows(inputs)
});
/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Signin_Trust_Warning_WindowsInputs */

const en_signin_trust_warning_windows = /** @type {(inputs: Signin_Trust_Warning_WindowsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Only continue if your organisation told you to sign in there. Your Windows account will sign in to it.`)
};

const de_signin_trust_warning_windows = /** @type {(inputs: Signin_Trust_Warning_WindowsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fahren Sie nur fort, wenn Ihre Organisation Sie angewiesen hat, sich dort anzumelden. Ihr Windows-Konto meldet sich bei diesem Server an.`)
};

const fr_signin_trust_warning_windows = /** @type {(inputs: Signin_Trust_Warning_WindowsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ne continuez que si votre organisation vous a demandé de vous y connecter. Votre compte Windows s’y connectera.`)
};

/**
* | output |
* | --- |
* | "Only continue if your organisation told you to sign in there. Your Windows account will sign in to it." |
*
* @param {Signin_Trust_Warning_WindowsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_trust_warning_windows = /** @type {((inputs?: Signin_Trust_Warning_WindowsInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Trust_Warning_WindowsInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_signin_trust_warning_windows(inputs)
	if (locale === "fr") return fr_signin_trust_warning_windows(inputs)
	return en_signin_trust_warning_windows(inputs)
});
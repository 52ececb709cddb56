/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Signin_MethodInputs */

const en_signin_method = /** @type {(inputs: Signin_MethodInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sign in with`)
};

const de_signin_method = /** @type {(inputs: Signin_MethodInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Anmelden mit`)
};

const fr_signin_method = /** @type {(inputs: Signin_MethodInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Se connecter avec`)
};

/**
* | output |
* | --- |
* | "Sign in with" |
*
* @param {Signin_MethodInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_method = /** @type {((inputs?: Signin_MethodInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_MethodInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_signin_method(inputs)
	if (locale === "fr") return fr_signin_method(inputs)
	return en_signin_method(inputs)
});
/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Signin_Remember_SigninInputs */

const en_signin_remember_signin = /** @type {(inputs: Signin_Remember_SigninInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Keep me signed in`)
};

const de_signin_remember_signin = /** @type {(inputs: Signin_Remember_SigninInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Angemeldet bleiben`)
};

const fr_signin_remember_signin = /** @type {(inputs: Signin_Remember_SigninInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rester connecté`)
};

/**
* | output |
* | --- |
* | "Keep me signed in" |
*
* @param {Signin_Remember_SigninInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_remember_signin = /** @type {((inputs?: Signin_Remember_SigninInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Remember_SigninInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_signin_remember_signin(inputs)
	if (locale === "fr") return fr_signin_remember_signin(inputs)
	return en_signin_remember_signin(inputs)
});
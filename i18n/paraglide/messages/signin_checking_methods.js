/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Signin_Checking_MethodsInputs */

const en_signin_checking_methods = /** @type {(inputs: Signin_Checking_MethodsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Checking how this server signs you in…`)
};

const de_signin_checking_methods = /** @type {(inputs: Signin_Checking_MethodsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Es wird geprüft, wie dieser Server Sie anmeldet …`)
};

const fr_signin_checking_methods = /** @type {(inputs: Signin_Checking_MethodsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vérification de la façon dont ce serveur vous connecte…`)
};

/**
* | output |
* | --- |
* | "Checking how this server signs you in…" |
*
* @param {Signin_Checking_MethodsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_checking_methods = /** @type {((inputs?: Signin_Checking_MethodsInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Checking_MethodsInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_signin_checking_methods(inputs)
	if (locale === "fr") return fr_signin_checking_methods(inputs)
	return en_signin_checking_methods(inputs)
});
/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Signin_Method_PassiveInputs */

const en_signin_method_passive = /** @type {(inputs: Signin_Method_PassiveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Organisation sign-in page`)
};

const de_signin_method_passive = /** @type {(inputs: Signin_Method_PassiveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Anmeldeseite der Organisation`)
};

const fr_signin_method_passive = /** @type {(inputs: Signin_Method_PassiveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Page de connexion de l’organisation`)
};

/**
* | output |
* | --- |
* | "Organisation sign-in page" |
*
* @param {Signin_Method_PassiveInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_method_passive = /** @type {((inputs?: Signin_Method_PassiveInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Method_PassiveInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_signin_method_passive(inputs)
	if (locale === "fr") return fr_signin_method_passive(inputs)
	return en_signin_method_passive(inputs)
});
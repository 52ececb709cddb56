/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Signin_Method_PasswordInputs */

const en_signin_method_password = /** @type {(inputs: Signin_Method_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`User name and password`)
};

const de_signin_method_password = /** @type {(inputs: Signin_Method_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Benutzername und Kennwort`)
};

const fr_signin_method_password = /** @type {(inputs: Signin_Method_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nom d’utilisateur et mot de passe`)
};

/**
* | output |
* | --- |
* | "User name and password" |
*
* @param {Signin_Method_PasswordInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_method_password = /** @type {((inputs?: Signin_Method_PasswordInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Method_PasswordInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_signin_method_password(inputs)
	if (locale === "fr") return fr_signin_method_password(inputs)
	return en_signin_method_password(inputs)
});
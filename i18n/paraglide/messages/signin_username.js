/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Signin_UsernameInputs */

const en_signin_username = /** @type {(inputs: Signin_UsernameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`User name`)
};

const de_signin_username = /** @type {(inputs: Signin_UsernameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Benutzername`)
};

const fr_signin_username = /** @type {(inputs: Signin_UsernameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nom d’utilisateur`)
};

/**
* | output |
* | --- |
* | "User name" |
*
* @param {Signin_UsernameInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_username = /** @type {((inputs?: Signin_UsernameInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_UsernameInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_signin_username(inputs)
	if (locale === "fr") return fr_signin_username(inputs)
	return en_signin_username(inputs)
});
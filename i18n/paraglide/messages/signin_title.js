/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Signin_TitleInputs */

const en_signin_title = /** @type {(inputs: Signin_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sign in to Skype for Business`)
};

const de_signin_title = /** @type {(inputs: Signin_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bei Skype for Business anmelden`)
};

const fr_signin_title = /** @type {(inputs: Signin_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Se connecter à Skype for Business`)
};

/**
* | output |
* | --- |
* | "Sign in to Skype for Business" |
*
* @param {Signin_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_title = /** @type {((inputs?: Signin_TitleInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_TitleInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_signin_title(inputs)
	if (locale === "fr") return fr_signin_title(inputs)
	return en_signin_title(inputs)
});
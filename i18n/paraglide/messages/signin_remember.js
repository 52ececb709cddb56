/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Signin_RememberInputs */

const en_signin_remember = /** @type {(inputs: Signin_RememberInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Remember my password`)
};

const de_signin_remember = /** @type {(inputs: Signin_RememberInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kennwort speichern`)
};

const fr_signin_remember = /** @type {(inputs: Signin_RememberInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mémoriser mon mot de passe`)
};

/**
* | output |
* | --- |
* | "Remember my password" |
*
* @param {Signin_RememberInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_remember = /** @type {((inputs?: Signin_RememberInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_RememberInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_signin_remember(inputs)
	if (locale === "fr") return fr_signin_remember(inputs)
	return en_signin_remember(inputs)
});
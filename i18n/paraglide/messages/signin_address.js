/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Signin_AddressInputs */

const en_signin_address = /** @type {(inputs: Signin_AddressInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sign-in address`)
};

const de_signin_address = /** @type {(inputs: Signin_AddressInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Anmeldeadresse`)
};

const fr_signin_address = /** @type {(inputs: Signin_AddressInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Adresse de connexion`)
};

/**
* | output |
* | --- |
* | "Sign-in address" |
*
* @param {Signin_AddressInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_address = /** @type {((inputs?: Signin_AddressInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_AddressInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_signin_address(inputs)
	if (locale === "fr") return fr_signin_address(inputs)
	return en_signin_address(inputs)
});
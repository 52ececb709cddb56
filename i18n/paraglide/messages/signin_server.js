/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Signin_ServerInputs */

const en_signin_server = /** @type {(inputs: Signin_ServerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Server address`)
};

const de_signin_server = /** @type {(inputs: Signin_ServerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Serveradresse`)
};

const fr_signin_server = /** @type {(inputs: Signin_ServerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Adresse du serveur`)
};

/**
* | output |
* | --- |
* | "Server address" |
*
* @param {Signin_ServerInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_server = /** @type {((inputs?: Signin_ServerInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_ServerInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_signin_server(inputs)
	if (locale === "fr") return fr_signin_server(inputs)
	return en_signin_server(inputs)
});
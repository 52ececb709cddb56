/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Signin_Server_PlaceholderInputs */

const en_signin_server_placeholder = /** @type {(inputs: Signin_Server_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Found from your sign-in address`)
};

const de_signin_server_placeholder = /** @type {(inputs: Signin_Server_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wird aus Ihrer Anmeldeadresse ermittelt`)
};

const fr_signin_server_placeholder = /** @type {(inputs: Signin_Server_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Déduite de votre adresse de connexion`)
};

/**
* | output |
* | --- |
* | "Found from your sign-in address" |
*
* @param {Signin_Server_PlaceholderInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_server_placeholder = /** @type {((inputs?: Signin_Server_PlaceholderInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Server_PlaceholderInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_signin_server_placeholder(inputs)
	if (locale === "fr") return fr_signin_server_placeholder(inputs)
	return en_signin_server_placeholder(inputs)
});
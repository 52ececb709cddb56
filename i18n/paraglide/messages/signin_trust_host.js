/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ host: NonNullable<unknown> }} Signin_Trust_HostInputs */

const en_signin_trust_host = /** @type {(inputs: Signin_Trust_HostInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Trust ${i?.host} and sign in`)
};

const de_signin_trust_host = /** @type {(inputs: Signin_Trust_HostInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.host} vertrauen und anmelden`)
};

const fr_signin_trust_host = /** @type {(inputs: Signin_Trust_HostInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Faire confiance à ${i?.host} et se connecter`)
};

/**
* | output |
* | --- |
* | "Trust {host} and sign in" |
*
* @param {Signin_Trust_HostInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_trust_host = /** @type {((inputs: Signin_Trust_HostInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Trust_HostInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_signin_trust_host(inputs)
	if (locale === "fr") return fr_signin_trust_host(inputs)
	return en_signin_trust_host(inputs)
});
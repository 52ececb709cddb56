/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Trust_Negotiate_Not_OfferedInputs */

const en_trust_negotiate_not_offered = /** @type {(inputs: Trust_Negotiate_Not_OfferedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This server offers Windows sign-in, but not with Kerberos from this computer.`)
};

const de_trust_negotiate_not_offered = /** @type {(inputs: Trust_Negotiate_Not_OfferedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dieser Server bietet die Windows-Anmeldung an, aber nicht mit Kerberos von diesem Computer aus.`)
};

const fr_trust_negotiate_not_offered = /** @type {(inputs: Trust_Negotiate_Not_OfferedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ce serveur propose la connexion Windows, mais pas avec Kerberos depuis cet ordinateur.`)
};

/**
* | output |
* | --- |
* | "This server offers Windows sign-in, but not with Kerberos from this computer." |
*
* @param {Trust_Negotiate_Not_OfferedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const trust_negotiate_not_offered = /** @type {((inputs?: Trust_Negotiate_Not_OfferedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Trust_Negotiate_Not_OfferedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_trust_negotiate_not_offered(inputs)
	if (locale === "fr") return fr_trust_negotiate_not_offered(inputs)
	return en_trust_negotiate_not_offered(inputs)
});
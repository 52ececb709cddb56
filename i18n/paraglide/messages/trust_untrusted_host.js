/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ host: NonNullable<unknown> }} Trust_Untrusted_HostInputs */

const en_trust_untrusted_host = /** @type {(inputs: Trust_Untrusted_HostInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The server pointed to ${i?.host}, which you have not signed in to.`)
};

const de_trust_untrusted_host = /** @type {(inputs: Trust_Untrusted_HostInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Der Server hat auf ${i?.host} verwiesen, wo Sie sich nicht angemeldet haben.`)
};

const fr_trust_untrusted_host = /** @type {(inputs: Trust_Untrusted_HostInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Le serveur a renvoyé vers ${i?.host}, auquel vous ne vous êtes pas connecté.`)
};

/**
* | output |
* | --- |
* | "The server pointed to {host}, which you have not signed in to." |
*
* @param {Trust_Untrusted_HostInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const trust_untrusted_host = /** @type {((inputs: Trust_Untrusted_HostInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Trust_Untrusted_HostInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_trust_untrusted_host(inputs)
	if (locale === "fr") return fr_trust_untrusted_host(inputs)
	return en_trust_untrusted_host(inputs)
});
/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Trust_Untrusted_Host_UnnamedInputs */

const en_trust_untrusted_host_unnamed = /** @type {(inputs: Trust_Untrusted_Host_UnnamedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server pointed to a server, which you have not signed in to.`)
};

const de_trust_untrusted_host_unnamed = /** @type {(inputs: Trust_Untrusted_Host_UnnamedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server hat auf einen anderen Server verwiesen, bei dem Sie sich nicht angemeldet haben.`)
};

const fr_trust_untrusted_host_unnamed = /** @type {(inputs: Trust_Untrusted_Host_UnnamedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le serveur a renvoyé vers un serveur auquel vous ne vous êtes pas connecté.`)
};

/**
* | output |
* | --- |
* | "The server pointed to a server, which you have not signed in to." |
*
* @param {Trust_Untrusted_Host_UnnamedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const trust_untrusted_host_unnamed = /** @type {((inputs?: Trust_Untrusted_Host_UnnamedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Trust_Untrusted_Host_UnnamedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_trust_untrusted_host_unnamed(inputs)
	if (locale === "fr") return fr_trust_untrusted_host_unnamed(inputs)
	return en_trust_untrusted_host_unnamed(inputs)
});
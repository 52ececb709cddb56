/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Trust_Token_Elsewhere_UnnamedInputs */

const en_trust_token_elsewhere_unnamed = /** @type {(inputs: Trust_Token_Elsewhere_UnnamedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server asked for your sign-in to be sent to a server, which you have not signed in to.`)
};

const de_trust_token_elsewhere_unnamed = /** @type {(inputs: Trust_Token_Elsewhere_UnnamedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server wollte Ihre Anmeldung an einen anderen Server senden lassen, bei dem Sie sich nicht angemeldet haben.`)
};

const fr_trust_token_elsewhere_unnamed = /** @type {(inputs: Trust_Token_Elsewhere_UnnamedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le serveur a demandé que votre identification soit envoyée à un serveur auquel vous ne vous êtes pas connecté.`)
};

/**
* | output |
* | --- |
* | "The server asked for your sign-in to be sent to a server, which you have not signed in to." |
*
* @param {Trust_Token_Elsewhere_UnnamedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const trust_token_elsewhere_unnamed = /** @type {((inputs?: Trust_Token_Elsewhere_UnnamedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Trust_Token_Elsewhere_UnnamedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_trust_token_elsewhere_unnamed(inputs)
	if (locale === "fr") return fr_trust_token_elsewhere_unnamed(inputs)
	return en_trust_token_elsewhere_unnamed(inputs)
});
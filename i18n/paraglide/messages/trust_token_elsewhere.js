/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ host: NonNullable<unknown> }} Trust_Token_ElsewhereInputs */

const en_trust_token_elsewhere = /** @type {(inputs: Trust_Token_ElsewhereInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The server asked for your sign-in to be sent to ${i?.host}, which you have not signed in to.`)
};

const de_trust_token_elsewhere = /** @type {(inputs: Trust_Token_ElsewhereInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Der Server wollte Ihre Anmeldung an ${i?.host} senden lassen, wo Sie sich nicht angemeldet haben.`)
};

const fr_trust_token_elsewhere = /** @type {(inputs: Trust_Token_ElsewhereInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Le serveur a demandé que votre identification soit envoyée à ${i?.host}, auquel vous ne vous êtes pas connecté.`)
};

/**
* | output |
* | --- |
* | "The server asked for your sign-in to be sent to {host}, which you have not signed in to." |
*
* @param {Trust_Token_ElsewhereInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const trust_token_elsewhere = /** @type {((inputs: Trust_Token_ElsewhereInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Trust_Token_ElsewhereInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_trust_token_elsewhere(inputs)
	if (locale === "fr") return fr_trust_token_elsewhere(inputs)
	return en_trust_token_elsewhere(inputs)
});
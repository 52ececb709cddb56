/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Trust_Bad_UrlInputs */

const en_trust_bad_url = /** @type {(inputs: Trust_Bad_UrlInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server sent a link that cannot be used.`)
};

const de_trust_bad_url = /** @type {(inputs: Trust_Bad_UrlInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server hat einen Link gesendet, der nicht verwendet werden kann.`)
};

const fr_trust_bad_url = /** @type {(inputs: Trust_Bad_UrlInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le serveur a envoyé un lien inutilisable.`)
};

/**
* | output |
* | --- |
* | "The server sent a link that cannot be used." |
*
* @param {Trust_Bad_UrlInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const trust_bad_url = /** @type {((inputs?: Trust_Bad_UrlInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Trust_Bad_UrlInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_trust_bad_url(inputs)
	if (locale === "fr") return fr_trust_bad_url(inputs)
	return en_trust_bad_url(inputs)
});
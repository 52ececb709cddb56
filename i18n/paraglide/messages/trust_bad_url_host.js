/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ host: NonNullable<unknown> }} Trust_Bad_Url_HostInputs */

const en_trust_bad_url_host = /** @type {(inputs: Trust_Bad_Url_HostInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The server sent a link to ${i?.host} that cannot be used safely.`)
};

const de_trust_bad_url_host = /** @type {(inputs: Trust_Bad_Url_HostInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Der Server hat einen Link zu ${i?.host} gesendet, der nicht sicher verwendet werden kann.`)
};

const fr_trust_bad_url_host = /** @type {(inputs: Trust_Bad_Url_HostInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Le serveur a envoyé un lien vers ${i?.host} qui ne peut pas être utilisé en toute sécurité.`)
};

/**
* | output |
* | --- |
* | "The server sent a link to {host} that cannot be used safely." |
*
* @param {Trust_Bad_Url_HostInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const trust_bad_url_host = /** @type {((inputs: Trust_Bad_Url_HostInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Trust_Bad_Url_HostInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_trust_bad_url_host(inputs)
	if (locale === "fr") return fr_trust_bad_url_host(inputs)
	return en_trust_bad_url_host(inputs)
});
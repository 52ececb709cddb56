/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ host: NonNullable<unknown> }} Trust_InsecureInputs */

const en_trust_insecure = /** @type {(inputs: Trust_InsecureInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.host} does not use a secure (https) connection, so nothing was sent to it.`)
};

const de_trust_insecure = /** @type {(inputs: Trust_InsecureInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.host} verwendet keine sichere (https-)Verbindung, daher wurde nichts dorthin gesendet.`)
};

const fr_trust_insecure = /** @type {(inputs: Trust_InsecureInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.host} n’utilise pas de connexion sécurisée (https) : rien ne lui a donc été envoyé.`)
};

/**
* | output |
* | --- |
* | "{host} does not use a secure (https) connection, so nothing was sent to it." |
*
* @param {Trust_InsecureInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const trust_insecure = /** @type {((inputs: Trust_InsecureInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Trust_InsecureInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_trust_insecure(inputs)
	if (locale === "fr") return fr_trust_insecure(inputs)
	return en_trust_insecure(inputs)
});
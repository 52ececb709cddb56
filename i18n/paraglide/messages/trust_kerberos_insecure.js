/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ host: NonNullable<unknown> }} Trust_Kerberos_InsecureInputs */

const en_trust_kerberos_insecure = /** @type {(inputs: Trust_Kerberos_InsecureInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.host} does not use a secure (https) connection, so Windows sign-in was not sent to it.`)
};

const de_trust_kerberos_insecure = /** @type {(inputs: Trust_Kerberos_InsecureInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.host} verwendet keine sichere (https-)Verbindung, daher wurde die Windows-Anmeldung nicht dorthin gesendet.`)
};

const fr_trust_kerberos_insecure = /** @type {(inputs: Trust_Kerberos_InsecureInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.host} n’utilise pas de connexion sécurisée (https) : la connexion Windows ne lui a donc pas été envoyée.`)
};

/**
* | output |
* | --- |
* | "{host} does not use a secure (https) connection, so Windows sign-in was not sent to it." |
*
* @param {Trust_Kerberos_InsecureInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const trust_kerberos_insecure = /** @type {((inputs: Trust_Kerberos_InsecureInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Trust_Kerberos_InsecureInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_trust_kerberos_insecure(inputs)
	if (locale === "fr") return fr_trust_kerberos_insecure(inputs)
	return en_trust_kerberos_insecure(inputs)
});
/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ host: NonNullable<unknown> }} Trust_Kerberos_FailedInputs */

const en_trust_kerberos_failed = /** @type {(inputs: Trust_Kerberos_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Kerberos sign-in to ${i?.host} did not work.`)
};

const de_trust_kerberos_failed = /** @type {(inputs: Trust_Kerberos_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Die Kerberos-Anmeldung bei ${i?.host} hat nicht funktioniert.`)
};

const fr_trust_kerberos_failed = /** @type {(inputs: Trust_Kerberos_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La connexion Kerberos à ${i?.host} n’a pas fonctionné.`)
};

/**
* | output |
* | --- |
* | "Kerberos sign-in to {host} did not work." |
*
* @param {Trust_Kerberos_FailedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const trust_kerberos_failed = /** @type {((inputs: Trust_Kerberos_FailedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Trust_Kerberos_FailedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_trust_kerberos_failed(inputs)
	if (locale === "fr") return fr_trust_kerberos_failed(inputs)
	return en_trust_kerberos_failed(inputs)
});
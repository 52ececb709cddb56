/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Trust_Kerberos_UnavailableInputs */

const en_trust_kerberos_unavailable = /** @type {(inputs: Trust_Kerberos_UnavailableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Windows sign-in needs Kerberos support, which is not installed with this copy of the app.`)
};

const de_trust_kerberos_unavailable = /** @type {(inputs: Trust_Kerberos_UnavailableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Windows-Anmeldung braucht Kerberos-Unterstützung, die mit dieser Kopie der App nicht installiert ist.`)
};

const fr_trust_kerberos_unavailable = /** @type {(inputs: Trust_Kerberos_UnavailableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La connexion Windows nécessite la prise en charge de Kerberos, qui n’est pas installée avec cette copie de l’application.`)
};

/**
* | output |
* | --- |
* | "Windows sign-in needs Kerberos support, which is not installed with this copy of the app." |
*
* @param {Trust_Kerberos_UnavailableInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const trust_kerberos_unavailable = /** @type {((inputs?: Trust_Kerberos_UnavailableInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Trust_Kerberos_UnavailableInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_trust_kerberos_unavailable(inputs)
	if (locale === "fr") return fr_trust_kerberos_unavailable(inputs)
	return en_trust_kerberos_unavailable(inputs)
});
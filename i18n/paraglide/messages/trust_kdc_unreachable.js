/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Trust_Kdc_UnreachableInputs */

const en_trust_kdc_unreachable = /** @type {(inputs: Trust_Kdc_UnreachableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your domain’s Kerberos server cannot be reached. Check the network, then try again.`)
};

const de_trust_kdc_unreachable = /** @type {(inputs: Trust_Kdc_UnreachableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Kerberos-Server Ihrer Domäne ist nicht erreichbar. Prüfen Sie das Netzwerk und versuchen Sie es dann erneut.`)
};

const fr_trust_kdc_unreachable = /** @type {(inputs: Trust_Kdc_UnreachableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le serveur Kerberos de votre domaine est injoignable. Vérifiez le réseau, puis réessayez.`)
};

/**
* | output |
* | --- |
* | "Your domain’s Kerberos server cannot be reached. Check the network, then try again." |
*
* @param {Trust_Kdc_UnreachableInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const trust_kdc_unreachable = /** @type {((inputs?: Trust_Kdc_UnreachableInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Trust_Kdc_UnreachableInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_trust_kdc_unreachable(inputs)
	if (locale === "fr") return fr_trust_kdc_unreachable(inputs)
	return en_trust_kdc_unreachable(inputs)
});
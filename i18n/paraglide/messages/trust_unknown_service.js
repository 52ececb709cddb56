/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ host: NonNullable<unknown> }} Trust_Unknown_ServiceInputs */

const en_trust_unknown_service = /** @type {(inputs: Trust_Unknown_ServiceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.host} is not set up for Kerberos sign-in in your domain.`)
};

const de_trust_unknown_service = /** @type {(inputs: Trust_Unknown_ServiceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.host} ist in Ihrer Domäne nicht für die Kerberos-Anmeldung eingerichtet.`)
};

const fr_trust_unknown_service = /** @type {(inputs: Trust_Unknown_ServiceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.host} n’est pas configuré pour la connexion Kerberos dans votre domaine.`)
};

/**
* | output |
* | --- |
* | "{host} is not set up for Kerberos sign-in in your domain." |
*
* @param {Trust_Unknown_ServiceInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const trust_unknown_service = /** @type {((inputs: Trust_Unknown_ServiceInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Trust_Unknown_ServiceInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_trust_unknown_service(inputs)
	if (locale === "fr") return fr_trust_unknown_service(inputs)
	return en_trust_unknown_service(inputs)
});
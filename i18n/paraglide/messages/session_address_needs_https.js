/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Session_Address_Needs_HttpsInputs */

const en_session_address_needs_https = /** @type {(inputs: Session_Address_Needs_HttpsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server address must start with https://.`)
};

const de_session_address_needs_https = /** @type {(inputs: Session_Address_Needs_HttpsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Serveradresse muss mit https:// beginnen.`)
};

const fr_session_address_needs_https = /** @type {(inputs: Session_Address_Needs_HttpsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`L’adresse du serveur doit commencer par https://.`)
};

/**
* | output |
* | --- |
* | "The server address must start with https://." |
*
* @param {Session_Address_Needs_HttpsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const session_address_needs_https = /** @type {((inputs?: Session_Address_Needs_HttpsInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Session_Address_Needs_HttpsInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_session_address_needs_https(inputs)
	if (locale === "fr") return fr_session_address_needs_https(inputs)
	return en_session_address_needs_https(inputs)
});
/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Session_Address_Plain_HttpInputs */

const en_session_address_plain_http = /** @type {(inputs: Session_Address_Plain_HttpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server address uses plain http, which is not secure. Use an https:// address.`)
};

const de_session_address_plain_http = /** @type {(inputs: Session_Address_Plain_HttpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Serveradresse verwendet unverschlüsseltes http, das ist nicht sicher. Verwenden Sie eine https://-Adresse.`)
};

const fr_session_address_plain_http = /** @type {(inputs: Session_Address_Plain_HttpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`L’adresse du serveur utilise http simple, qui n’est pas sécurisé. Utilisez une adresse https://.`)
};

/**
* | output |
* | --- |
* | "The server address uses plain http, which is not secure. Use an https:// address." |
*
* @param {Session_Address_Plain_HttpInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const session_address_plain_http = /** @type {((inputs?: Session_Address_Plain_HttpInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Session_Address_Plain_HttpInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_session_address_plain_http(inputs)
	if (locale === "fr") return fr_session_address_plain_http(inputs)
	return en_session_address_plain_http(inputs)
});
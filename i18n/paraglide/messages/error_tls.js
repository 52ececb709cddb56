/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Error_TlsInputs */

const en_error_tls = /** @type {(inputs: Error_TlsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server's security certificate could not be verified, so the connection was not made.`)
};

const de_error_tls = /** @type {(inputs: Error_TlsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Das Sicherheitszertifikat des Servers konnte nicht überprüft werden, daher wurde keine Verbindung hergestellt.`)
};

const fr_error_tls = /** @type {(inputs: Error_TlsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le certificat de sécurité du serveur n’a pas pu être vérifié, la connexion n’a donc pas été établie.`)
};

/**
* | output |
* | --- |
* | "The server's security certificate could not be verified, so the connection was not made." |
*
* @param {Error_TlsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_tls = /** @type {((inputs?: Error_TlsInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_TlsInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_error_tls(inputs)
	if (locale === "fr") return fr_error_tls(inputs)
	return en_error_tls(inputs)
});
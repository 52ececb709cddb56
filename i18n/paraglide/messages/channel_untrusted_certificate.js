/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Channel_Untrusted_CertificateInputs */

const en_channel_untrusted_certificate = /** @type {(inputs: Channel_Untrusted_CertificateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server's security certificate could not be verified, so the connection was not made.`)
};

const de_channel_untrusted_certificate = /** @type {(inputs: Channel_Untrusted_CertificateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Das Sicherheitszertifikat des Servers konnte nicht überprüft werden, daher wurde keine Verbindung hergestellt.`)
};

const fr_channel_untrusted_certificate = /** @type {(inputs: Channel_Untrusted_CertificateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le certificat de sécurité du serveur n’a pas pu être vérifié, la connexion n’a donc pas été établie.`)
};

/**
* | output |
* | --- |
* | "The server's security certificate could not be verified, so the connection was not made." |
*
* @param {Channel_Untrusted_CertificateInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const channel_untrusted_certificate = /** @type {((inputs?: Channel_Untrusted_CertificateInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Channel_Untrusted_CertificateInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_channel_untrusted_certificate(inputs)
	if (locale === "fr") return fr_channel_untrusted_certificate(inputs)
	return en_channel_untrusted_certificate(inputs)
});
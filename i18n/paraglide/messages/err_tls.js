/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Err_TlsInputs */

const en_err_tls = /** @type {(inputs: Err_TlsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server's certificate is not trusted`)
};

const de_err_tls = /** @type {(inputs: Err_TlsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dem Zertifikat des Servers wird nicht vertraut`)
};

const fr_err_tls = /** @type {(inputs: Err_TlsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le certificat du serveur n’est pas approuvé`)
};

/**
* | output |
* | --- |
* | "The server's certificate is not trusted" |
*
* @param {Err_TlsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const err_tls = /** @type {((inputs?: Err_TlsInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Err_TlsInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_err_tls(inputs)
	if (locale === "fr") return fr_err_tls(inputs)
	return en_err_tls(inputs)
});
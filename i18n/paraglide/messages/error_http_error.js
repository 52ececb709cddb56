/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Error_Http_ErrorInputs */

const en_error_http_error = /** @type {(inputs: Error_Http_ErrorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server answered with an unexpected error.`)
};

const de_error_http_error = /** @type {(inputs: Error_Http_ErrorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server hat mit einem unerwarteten Fehler geantwortet.`)
};

const fr_error_http_error = /** @type {(inputs: Error_Http_ErrorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le serveur a répondu par une erreur inattendue.`)
};

/**
* | output |
* | --- |
* | "The server answered with an unexpected error." |
*
* @param {Error_Http_ErrorInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_http_error = /** @type {((inputs?: Error_Http_ErrorInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Http_ErrorInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_error_http_error(inputs)
	if (locale === "fr") return fr_error_http_error(inputs)
	return en_error_http_error(inputs)
});
/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Error_Malformed_ResponseInputs */

const en_error_malformed_response = /** @type {(inputs: Error_Malformed_ResponseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server sent an answer that could not be understood.`)
};

const de_error_malformed_response = /** @type {(inputs: Error_Malformed_ResponseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server hat eine Antwort gesendet, die nicht verstanden werden konnte.`)
};

const fr_error_malformed_response = /** @type {(inputs: Error_Malformed_ResponseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le serveur a envoyé une réponse qui n’a pas pu être comprise.`)
};

/**
* | output |
* | --- |
* | "The server sent an answer that could not be understood." |
*
* @param {Error_Malformed_ResponseInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_malformed_response = /** @type {((inputs?: Error_Malformed_ResponseInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Malformed_ResponseInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_error_malformed_response(inputs)
	if (locale === "fr") return fr_error_malformed_response(inputs)
	return en_error_malformed_response(inputs)
});
/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Error_Client_TimeoutInputs */

const en_error_client_timeout = /** @type {(inputs: Error_Client_TimeoutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The request took too long to send. Try again.`)
};

const de_error_client_timeout = /** @type {(inputs: Error_Client_TimeoutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Das Senden der Anfrage hat zu lange gedauert. Versuchen Sie es erneut.`)
};

const fr_error_client_timeout = /** @type {(inputs: Error_Client_TimeoutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`L’envoi de la requête a pris trop de temps. Réessayez.`)
};

/**
* | output |
* | --- |
* | "The request took too long to send. Try again." |
*
* @param {Error_Client_TimeoutInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_client_timeout = /** @type {((inputs?: Error_Client_TimeoutInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Client_TimeoutInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_error_client_timeout(inputs)
	if (locale === "fr") return fr_error_client_timeout(inputs)
	return en_error_client_timeout(inputs)
});
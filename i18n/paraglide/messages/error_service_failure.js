/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Error_Service_FailureInputs */

const en_error_service_failure = /** @type {(inputs: Error_Service_FailureInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server had an internal error. Try again later.`)
};

const de_error_service_failure = /** @type {(inputs: Error_Service_FailureInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Auf dem Server ist ein interner Fehler aufgetreten. Versuchen Sie es später erneut.`)
};

const fr_error_service_failure = /** @type {(inputs: Error_Service_FailureInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le serveur a rencontré une erreur interne. Réessayez plus tard.`)
};

/**
* | output |
* | --- |
* | "The server had an internal error. Try again later." |
*
* @param {Error_Service_FailureInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_service_failure = /** @type {((inputs?: Error_Service_FailureInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Service_FailureInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_error_service_failure(inputs)
	if (locale === "fr") return fr_error_service_failure(inputs)
	return en_error_service_failure(inputs)
});
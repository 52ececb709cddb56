/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Err_Service_FailureInputs */

const en_err_service_failure = /** @type {(inputs: Err_Service_FailureInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server had a problem`)
};

const de_err_service_failure = /** @type {(inputs: Err_Service_FailureInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Auf dem Server ist ein Problem aufgetreten`)
};

const fr_err_service_failure = /** @type {(inputs: Err_Service_FailureInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le serveur a rencontré un problème`)
};

/**
* | output |
* | --- |
* | "The server had a problem" |
*
* @param {Err_Service_FailureInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const err_service_failure = /** @type {((inputs?: Err_Service_FailureInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Err_Service_FailureInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_err_service_failure(inputs)
	if (locale === "fr") return fr_err_service_failure(inputs)
	return en_err_service_failure(inputs)
});
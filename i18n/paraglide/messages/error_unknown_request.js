/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Error_Unknown_RequestInputs */

const en_error_unknown_request = /** @type {(inputs: Error_Unknown_RequestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Unknown request.`)
};

const de_error_unknown_request = /** @type {(inputs: Error_Unknown_RequestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Unbekannte Anfrage.`)
};

const fr_error_unknown_request = /** @type {(inputs: Error_Unknown_RequestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Demande inconnue.`)
};

/**
* | output |
* | --- |
* | "Unknown request." |
*
* @param {Error_Unknown_RequestInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_unknown_request = /** @type {((inputs?: Error_Unknown_RequestInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Unknown_RequestInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_error_unknown_request(inputs)
	if (locale === "fr") return fr_error_unknown_request(inputs)
	return en_error_unknown_request(inputs)
});
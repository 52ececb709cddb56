/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ detail: NonNullable<unknown> }} Error_Invalid_RequestInputs */

const en_error_invalid_request = /** @type {(inputs: Error_Invalid_RequestInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Invalid request (${i?.detail}).`)
};

const de_error_invalid_request = /** @type {(inputs: Error_Invalid_RequestInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Ungültige Anfrage (${i?.detail}).`)
};

const fr_error_invalid_request = /** @type {(inputs: Error_Invalid_RequestInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Requête non valide (${i?.detail}).`)
};

/**
* | output |
* | --- |
* | "Invalid request ({detail})." |
*
* @param {Error_Invalid_RequestInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_invalid_request = /** @type {((inputs: Error_Invalid_RequestInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Invalid_RequestInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_error_invalid_request(inputs)
	if (locale === "fr") return fr_error_invalid_request(inputs)
	return en_error_invalid_request(inputs)
});
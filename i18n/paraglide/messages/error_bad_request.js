/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Error_Bad_RequestInputs */

const en_error_bad_request = /** @type {(inputs: Error_Bad_RequestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server rejected the request as invalid.`)
};

const de_error_bad_request = /** @type {(inputs: Error_Bad_RequestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server hat die Anfrage als ungültig abgelehnt.`)
};

const fr_error_bad_request = /** @type {(inputs: Error_Bad_RequestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le serveur a rejeté la requête comme non valide.`)
};

/**
* | output |
* | --- |
* | "The server rejected the request as invalid." |
*
* @param {Error_Bad_RequestInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_bad_request = /** @type {((inputs?: Error_Bad_RequestInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Bad_RequestInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_error_bad_request(inputs)
	if (locale === "fr") return fr_error_bad_request(inputs)
	return en_error_bad_request(inputs)
});
/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Error_Too_Many_RequestsInputs */

const en_error_too_many_requests = /** @type {(inputs: Error_Too_Many_RequestsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server is busy. Try again in a moment.`)
};

const de_error_too_many_requests = /** @type {(inputs: Error_Too_Many_RequestsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server ist ausgelastet. Versuchen Sie es gleich noch einmal.`)
};

const fr_error_too_many_requests = /** @type {(inputs: Error_Too_Many_RequestsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le serveur est occupé. Réessayez dans un instant.`)
};

/**
* | output |
* | --- |
* | "The server is busy. Try again in a moment." |
*
* @param {Error_Too_Many_RequestsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_too_many_requests = /** @type {((inputs?: Error_Too_Many_RequestsInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Too_Many_RequestsInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_error_too_many_requests(inputs)
	if (locale === "fr") return fr_error_too_many_requests(inputs)
	return en_error_too_many_requests(inputs)
});
/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Error_AbortedInputs */

const en_error_aborted = /** @type {(inputs: Error_AbortedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The request was cancelled.`)
};

const de_error_aborted = /** @type {(inputs: Error_AbortedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Anfrage wurde abgebrochen.`)
};

const fr_error_aborted = /** @type {(inputs: Error_AbortedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La requête a été annulée.`)
};

/**
* | output |
* | --- |
* | "The request was cancelled." |
*
* @param {Error_AbortedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_aborted = /** @type {((inputs?: Error_AbortedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_AbortedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_error_aborted(inputs)
	if (locale === "fr") return fr_error_aborted(inputs)
	return en_error_aborted(inputs)
});
/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Error_Response_Too_LargeInputs */

const en_error_response_too_large = /** @type {(inputs: Error_Response_Too_LargeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server sent an answer far larger than any real one, so it was not read.`)
};

const de_error_response_too_large = /** @type {(inputs: Error_Response_Too_LargeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server hat eine Antwort gesendet, die weit größer ist als jede echte, daher wurde sie nicht gelesen.`)
};

const fr_error_response_too_large = /** @type {(inputs: Error_Response_Too_LargeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le serveur a envoyé une réponse bien plus volumineuse que toute réponse réelle : elle n’a donc pas été lue.`)
};

/**
* | output |
* | --- |
* | "The server sent an answer far larger than any real one, so it was not read." |
*
* @param {Error_Response_Too_LargeInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_response_too_large = /** @type {((inputs?: Error_Response_Too_LargeInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Response_Too_LargeInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_error_response_too_large(inputs)
	if (locale === "fr") return fr_error_response_too_large(inputs)
	return en_error_response_too_large(inputs)
});
/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Error_Not_AcceptableInputs */

const en_error_not_acceptable = /** @type {(inputs: Error_Not_AcceptableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server cannot answer in the requested format.`)
};

const de_error_not_acceptable = /** @type {(inputs: Error_Not_AcceptableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server kann nicht im angeforderten Format antworten.`)
};

const fr_error_not_acceptable = /** @type {(inputs: Error_Not_AcceptableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le serveur ne peut pas répondre dans le format demandé.`)
};

/**
* | output |
* | --- |
* | "The server cannot answer in the requested format." |
*
* @param {Error_Not_AcceptableInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_not_acceptable = /** @type {((inputs?: Error_Not_AcceptableInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Not_AcceptableInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_error_not_acceptable(inputs)
	if (locale === "fr") return fr_error_not_acceptable(inputs)
	return en_error_not_acceptable(inputs)
});
/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Error_Precondition_FailedInputs */

const en_error_precondition_failed = /** @type {(inputs: Error_Precondition_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Someone else changed this in the meantime. The current value has been reloaded.`)
};

const de_error_precondition_failed = /** @type {(inputs: Error_Precondition_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Jemand anderes hat das inzwischen geändert. Der aktuelle Wert wurde neu geladen.`)
};

const fr_error_precondition_failed = /** @type {(inputs: Error_Precondition_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Quelqu’un d’autre a modifié cela entre-temps. La valeur actuelle a été rechargée.`)
};

/**
* | output |
* | --- |
* | "Someone else changed this in the meantime. The current value has been reloaded." |
*
* @param {Error_Precondition_FailedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_precondition_failed = /** @type {((inputs?: Error_Precondition_FailedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Precondition_FailedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_error_precondition_failed(inputs)
	if (locale === "fr") return fr_error_precondition_failed(inputs)
	return en_error_precondition_failed(inputs)
});
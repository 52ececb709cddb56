/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Error_Local_FailureInputs */

const en_error_local_failure = /** @type {(inputs: Error_Local_FailureInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The operation failed on this computer.`)
};

const de_error_local_failure = /** @type {(inputs: Error_Local_FailureInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Vorgang ist auf diesem Computer fehlgeschlagen.`)
};

const fr_error_local_failure = /** @type {(inputs: Error_Local_FailureInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`L’opération a échoué sur cet ordinateur.`)
};

/**
* | output |
* | --- |
* | "The operation failed on this computer." |
*
* @param {Error_Local_FailureInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_local_failure = /** @type {((inputs?: Error_Local_FailureInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Local_FailureInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_error_local_failure(inputs)
	if (locale === "fr") return fr_error_local_failure(inputs)
	return en_error_local_failure(inputs)
});
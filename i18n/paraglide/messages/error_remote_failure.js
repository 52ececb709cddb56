/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Error_Remote_FailureInputs */

const en_error_remote_failure = /** @type {(inputs: Error_Remote_FailureInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The other party could not complete the operation.`)
};

const de_error_remote_failure = /** @type {(inputs: Error_Remote_FailureInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Gegenseite konnte den Vorgang nicht abschließen.`)
};

const fr_error_remote_failure = /** @type {(inputs: Error_Remote_FailureInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`L’autre partie n’a pas pu terminer l’opération.`)
};

/**
* | output |
* | --- |
* | "The other party could not complete the operation." |
*
* @param {Error_Remote_FailureInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_remote_failure = /** @type {((inputs?: Error_Remote_FailureInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Remote_FailureInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_error_remote_failure(inputs)
	if (locale === "fr") return fr_error_remote_failure(inputs)
	return en_error_remote_failure(inputs)
});
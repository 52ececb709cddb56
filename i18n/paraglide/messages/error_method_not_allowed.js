/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Error_Method_Not_AllowedInputs */

const en_error_method_not_allowed = /** @type {(inputs: Error_Method_Not_AllowedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server does not allow this operation.`)
};

const de_error_method_not_allowed = /** @type {(inputs: Error_Method_Not_AllowedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server erlaubt diesen Vorgang nicht.`)
};

const fr_error_method_not_allowed = /** @type {(inputs: Error_Method_Not_AllowedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le serveur n’autorise pas cette opération.`)
};

/**
* | output |
* | --- |
* | "The server does not allow this operation." |
*
* @param {Error_Method_Not_AllowedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_method_not_allowed = /** @type {((inputs?: Error_Method_Not_AllowedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Method_Not_AllowedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_error_method_not_allowed(inputs)
	if (locale === "fr") return fr_error_method_not_allowed(inputs)
	return en_error_method_not_allowed(inputs)
});
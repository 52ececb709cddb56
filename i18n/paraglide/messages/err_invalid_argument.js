/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Err_Invalid_ArgumentInputs */

const en_err_invalid_argument = /** @type {(inputs: Err_Invalid_ArgumentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Please check what you entered`)
};

const de_err_invalid_argument = /** @type {(inputs: Err_Invalid_ArgumentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bitte überprüfen Sie Ihre Eingabe`)
};

const fr_err_invalid_argument = /** @type {(inputs: Err_Invalid_ArgumentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Veuillez vérifier votre saisie`)
};

/**
* | output |
* | --- |
* | "Please check what you entered" |
*
* @param {Err_Invalid_ArgumentInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const err_invalid_argument = /** @type {((inputs?: Err_Invalid_ArgumentInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Err_Invalid_ArgumentInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_err_invalid_argument(inputs)
	if (locale === "fr") return fr_err_invalid_argument(inputs)
	return en_err_invalid_argument(inputs)
});
/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Error_Something_Went_WrongInputs */

const en_error_something_went_wrong = /** @type {(inputs: Error_Something_Went_WrongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Something went wrong.`)
};

const de_error_something_went_wrong = /** @type {(inputs: Error_Something_Went_WrongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Etwas ist schiefgelaufen.`)
};

const fr_error_something_went_wrong = /** @type {(inputs: Error_Something_Went_WrongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Une erreur s’est produite.`)
};

/**
* | output |
* | --- |
* | "Something went wrong." |
*
* @param {Error_Something_Went_WrongInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_something_went_wrong = /** @type {((inputs?: Error_Something_Went_WrongInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Something_Went_WrongInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_error_something_went_wrong(inputs)
	if (locale === "fr") return fr_error_something_went_wrong(inputs)
	return en_error_something_went_wrong(inputs)
});
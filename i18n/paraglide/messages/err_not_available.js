/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Err_Not_AvailableInputs */

const en_err_not_available = /** @type {(inputs: Err_Not_AvailableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Not available right now`)
};

const de_err_not_available = /** @type {(inputs: Err_Not_AvailableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zurzeit nicht verfügbar`)
};

const fr_err_not_available = /** @type {(inputs: Err_Not_AvailableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Indisponible pour le moment`)
};

/**
* | output |
* | --- |
* | "Not available right now" |
*
* @param {Err_Not_AvailableInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const err_not_available = /** @type {((inputs?: Err_Not_AvailableInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Err_Not_AvailableInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_err_not_available(inputs)
	if (locale === "fr") return fr_err_not_available(inputs)
	return en_err_not_available(inputs)
});
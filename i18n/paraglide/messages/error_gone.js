/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Error_GoneInputs */

const en_error_gone = /** @type {(inputs: Error_GoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your session has ended. Sign in again.`)
};

const de_error_gone = /** @type {(inputs: Error_GoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ihre Sitzung ist beendet. Melden Sie sich erneut an.`)
};

const fr_error_gone = /** @type {(inputs: Error_GoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Votre session a pris fin. Reconnectez-vous.`)
};

/**
* | output |
* | --- |
* | "Your session has ended. Sign in again." |
*
* @param {Error_GoneInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_gone = /** @type {((inputs?: Error_GoneInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_GoneInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_error_gone(inputs)
	if (locale === "fr") return fr_error_gone(inputs)
	return en_error_gone(inputs)
});
/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Error_Foreign_SenderInputs */

const en_error_foreign_sender = /** @type {(inputs: Error_Foreign_SenderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This request did not come from UCWA Tray.`)
};

const de_error_foreign_sender = /** @type {(inputs: Error_Foreign_SenderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Diese Anfrage kam nicht von UCWA Tray.`)
};

const fr_error_foreign_sender = /** @type {(inputs: Error_Foreign_SenderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cette demande ne vient pas d’UCWA Tray.`)
};

/**
* | output |
* | --- |
* | "This request did not come from UCWA Tray." |
*
* @param {Error_Foreign_SenderInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_foreign_sender = /** @type {((inputs?: Error_Foreign_SenderInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Foreign_SenderInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_error_foreign_sender(inputs)
	if (locale === "fr") return fr_error_foreign_sender(inputs)
	return en_error_foreign_sender(inputs)
});
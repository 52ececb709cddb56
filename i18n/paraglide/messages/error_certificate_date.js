/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Error_Certificate_DateInputs */

const en_error_certificate_date = /** @type {(inputs: Error_Certificate_DateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`It has expired or is not valid yet; check this computer's date and time.`)
};

const de_error_certificate_date = /** @type {(inputs: Error_Certificate_DateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Es ist abgelaufen oder noch nicht gültig; prüfen Sie Datum und Uhrzeit dieses Computers.`)
};

const fr_error_certificate_date = /** @type {(inputs: Error_Certificate_DateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Il a expiré ou n’est pas encore valide ; vérifiez la date et l’heure de cet ordinateur.`)
};

/**
* | output |
* | --- |
* | "It has expired or is not valid yet; check this computer's date and time." |
*
* @param {Error_Certificate_DateInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_certificate_date = /** @type {((inputs?: Error_Certificate_DateInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Certificate_DateInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_error_certificate_date(inputs)
	if (locale === "fr") return fr_error_certificate_date(inputs)
	return en_error_certificate_date(inputs)
});
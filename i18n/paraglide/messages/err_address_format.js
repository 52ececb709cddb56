/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Err_Address_FormatInputs */

const en_err_address_format = /** @type {(inputs: Err_Address_FormatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enter your sign-in address as name@company.com.`)
};

const de_err_address_format = /** @type {(inputs: Err_Address_FormatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Geben Sie Ihre Anmeldeadresse in der Form name@firma.com ein.`)
};

const fr_err_address_format = /** @type {(inputs: Err_Address_FormatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Saisissez votre adresse de connexion sous la forme nom@entreprise.com.`)
};

/**
* | output |
* | --- |
* | "Enter your sign-in address as name@company.com." |
*
* @param {Err_Address_FormatInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const err_address_format = /** @type {((inputs?: Err_Address_FormatInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Err_Address_FormatInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_err_address_format(inputs)
	if (locale === "fr") return fr_err_address_format(inputs)
	return en_err_address_format(inputs)
});
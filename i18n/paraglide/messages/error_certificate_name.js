/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Error_Certificate_NameInputs */

const en_error_certificate_name = /** @type {(inputs: Error_Certificate_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`It was issued for a different server name.`)
};

const de_error_certificate_name = /** @type {(inputs: Error_Certificate_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Es wurde für einen anderen Servernamen ausgestellt.`)
};

const fr_error_certificate_name = /** @type {(inputs: Error_Certificate_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Il a été émis pour un autre nom de serveur.`)
};

/**
* | output |
* | --- |
* | "It was issued for a different server name." |
*
* @param {Error_Certificate_NameInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_certificate_name = /** @type {((inputs?: Error_Certificate_NameInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Certificate_NameInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_error_certificate_name(inputs)
	if (locale === "fr") return fr_error_certificate_name(inputs)
	return en_error_certificate_name(inputs)
});
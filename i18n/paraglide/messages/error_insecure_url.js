/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Error_Insecure_UrlInputs */

const en_error_insecure_url = /** @type {(inputs: Error_Insecure_UrlInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server address is not secure (https is required), so it was not used.`)
};

const de_error_insecure_url = /** @type {(inputs: Error_Insecure_UrlInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Serveradresse ist nicht sicher (https ist erforderlich), daher wurde sie nicht verwendet.`)
};

const fr_error_insecure_url = /** @type {(inputs: Error_Insecure_UrlInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`L’adresse du serveur n’est pas sécurisée (https est requis) : elle n’a donc pas été utilisée.`)
};

/**
* | output |
* | --- |
* | "The server address is not secure (https is required), so it was not used." |
*
* @param {Error_Insecure_UrlInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_insecure_url = /** @type {((inputs?: Error_Insecure_UrlInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Insecure_UrlInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_error_insecure_url(inputs)
	if (locale === "fr") return fr_error_insecure_url(inputs)
	return en_error_insecure_url(inputs)
});
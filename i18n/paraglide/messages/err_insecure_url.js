/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Err_Insecure_UrlInputs */

const en_err_insecure_url = /** @type {(inputs: Err_Insecure_UrlInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server address is not secure`)
};

const de_err_insecure_url = /** @type {(inputs: Err_Insecure_UrlInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Serveradresse ist nicht sicher`)
};

const fr_err_insecure_url = /** @type {(inputs: Err_Insecure_UrlInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`L’adresse du serveur n’est pas sécurisée`)
};

/**
* | output |
* | --- |
* | "The server address is not secure" |
*
* @param {Err_Insecure_UrlInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const err_insecure_url = /** @type {((inputs?: Err_Insecure_UrlInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Err_Insecure_UrlInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_err_insecure_url(inputs)
	if (locale === "fr") return fr_err_insecure_url(inputs)
	return en_err_insecure_url(inputs)
});
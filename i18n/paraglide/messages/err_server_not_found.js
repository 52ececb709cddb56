/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Err_Server_Not_FoundInputs */

const en_err_server_not_found = /** @type {(inputs: Err_Server_Not_FoundInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Server not found`)
};

const de_err_server_not_found = /** @type {(inputs: Err_Server_Not_FoundInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Server nicht gefunden`)
};

const fr_err_server_not_found = /** @type {(inputs: Err_Server_Not_FoundInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Serveur introuvable`)
};

/**
* | output |
* | --- |
* | "Server not found" |
*
* @param {Err_Server_Not_FoundInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const err_server_not_found = /** @type {((inputs?: Err_Server_Not_FoundInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Err_Server_Not_FoundInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_err_server_not_found(inputs)
	if (locale === "fr") return fr_err_server_not_found(inputs)
	return en_err_server_not_found(inputs)
});
/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Err_Bad_ServerInputs */

const en_err_bad_server = /** @type {(inputs: Err_Bad_ServerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server address is not one the app can use.`)
};

const de_err_bad_server = /** @type {(inputs: Err_Bad_ServerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Diese Serveradresse kann die App nicht verwenden.`)
};

const fr_err_bad_server = /** @type {(inputs: Err_Bad_ServerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`L’application ne peut pas utiliser cette adresse de serveur.`)
};

/**
* | output |
* | --- |
* | "The server address is not one the app can use." |
*
* @param {Err_Bad_ServerInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const err_bad_server = /** @type {((inputs?: Err_Bad_ServerInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Err_Bad_ServerInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_err_bad_server(inputs)
	if (locale === "fr") return fr_err_bad_server(inputs)
	return en_err_bad_server(inputs)
});
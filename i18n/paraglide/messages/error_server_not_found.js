/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Error_Server_Not_FoundInputs */

const en_error_server_not_found = /** @type {(inputs: Error_Server_Not_FoundInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No Skype for Business server was found for this address.`)
};

const de_error_server_not_found = /** @type {(inputs: Error_Server_Not_FoundInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Für diese Adresse wurde kein Skype for Business-Server gefunden.`)
};

const fr_error_server_not_found = /** @type {(inputs: Error_Server_Not_FoundInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aucun serveur Skype for Business n’a été trouvé pour cette adresse.`)
};

/**
* | output |
* | --- |
* | "No Skype for Business server was found for this address." |
*
* @param {Error_Server_Not_FoundInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_server_not_found = /** @type {((inputs?: Error_Server_Not_FoundInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Server_Not_FoundInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_error_server_not_found(inputs)
	if (locale === "fr") return fr_error_server_not_found(inputs)
	return en_error_server_not_found(inputs)
});
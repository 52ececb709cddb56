/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Error_Entity_Too_LargeInputs */

const en_error_entity_too_large = /** @type {(inputs: Error_Entity_Too_LargeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The request was too large for the server.`)
};

const de_error_entity_too_large = /** @type {(inputs: Error_Entity_Too_LargeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Anfrage war zu groß für den Server.`)
};

const fr_error_entity_too_large = /** @type {(inputs: Error_Entity_Too_LargeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La requête était trop volumineuse pour le serveur.`)
};

/**
* | output |
* | --- |
* | "The request was too large for the server." |
*
* @param {Error_Entity_Too_LargeInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_entity_too_large = /** @type {((inputs?: Error_Entity_Too_LargeInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Entity_Too_LargeInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_error_entity_too_large(inputs)
	if (locale === "fr") return fr_error_entity_too_large(inputs)
	return en_error_entity_too_large(inputs)
});
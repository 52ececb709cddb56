/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Error_Not_AvailableInputs */

const en_error_not_available = /** @type {(inputs: Error_Not_AvailableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server does not offer this operation for this contact.`)
};

const de_error_not_available = /** @type {(inputs: Error_Not_AvailableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server bietet diesen Vorgang für diesen Kontakt nicht an.`)
};

const fr_error_not_available = /** @type {(inputs: Error_Not_AvailableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le serveur ne propose pas cette opération pour ce contact.`)
};

/**
* | output |
* | --- |
* | "The server does not offer this operation for this contact." |
*
* @param {Error_Not_AvailableInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_not_available = /** @type {((inputs?: Error_Not_AvailableInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Not_AvailableInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_error_not_available(inputs)
	if (locale === "fr") return fr_error_not_available(inputs)
	return en_error_not_available(inputs)
});
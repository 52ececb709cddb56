/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Help_Stores_Log_NameInputs */

const en_help_stores_log_name = /** @type {(inputs: Help_Stores_Log_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A log file`)
};

const de_help_stores_log_name = /** @type {(inputs: Help_Stores_Log_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Eine Protokolldatei`)
};

const fr_help_stores_log_name = /** @type {(inputs: Help_Stores_Log_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Un fichier journal`)
};

/**
* | output |
* | --- |
* | "A log file" |
*
* @param {Help_Stores_Log_NameInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_stores_log_name = /** @type {((inputs?: Help_Stores_Log_NameInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_Stores_Log_NameInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_help_stores_log_name(inputs)
	if (locale === "fr") return fr_help_stores_log_name(inputs)
	return en_help_stores_log_name(inputs)
});
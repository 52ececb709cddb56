/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Help_Stores_Log_TextInputs */

const en_help_stores_log_text = /** @type {(inputs: Help_Stores_Log_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (` for troubleshooting in the system's log folder, without passwords or tokens.`)
};

const de_help_stores_log_text = /** @type {(inputs: Help_Stores_Log_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (` zur Fehlerbehebung im Protokollordner des Systems, ohne Passwörter oder Tokens.`)
};

const fr_help_stores_log_text = /** @type {(inputs: Help_Stores_Log_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (` pour le dépannage, dans le dossier des journaux du système, sans mots de passe ni jetons.`)
};

/**
* | output |
* | --- |
* | "for troubleshooting in the system's log folder, without passwords or tokens." |
*
* @param {Help_Stores_Log_TextInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_stores_log_text = /** @type {((inputs?: Help_Stores_Log_TextInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_Stores_Log_TextInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_help_stores_log_text(inputs)
	if (locale === "fr") return fr_help_stores_log_text(inputs)
	return en_help_stores_log_text(inputs)
});
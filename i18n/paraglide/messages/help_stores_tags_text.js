/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Help_Stores_Tags_TextInputs */

const en_help_stores_tags_text = /** @type {(inputs: Help_Stores_Tags_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (` for status alerts in the tags folder, per account.`)
};

const de_help_stores_tags_text = /** @type {(inputs: Help_Stores_Tags_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (` für Statusbenachrichtigungen im Ordner tags, pro Konto.`)
};

const fr_help_stores_tags_text = /** @type {(inputs: Help_Stores_Tags_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (` pour les alertes de statut, dans le dossier tags, par compte.`)
};

/**
* | output |
* | --- |
* | "for status alerts in the tags folder, per account." |
*
* @param {Help_Stores_Tags_TextInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_stores_tags_text = /** @type {((inputs?: Help_Stores_Tags_TextInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_Stores_Tags_TextInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_help_stores_tags_text(inputs)
	if (locale === "fr") return fr_help_stores_tags_text(inputs)
	return en_help_stores_tags_text(inputs)
});
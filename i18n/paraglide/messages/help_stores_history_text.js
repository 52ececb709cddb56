/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Help_Stores_History_TextInputs */

const en_help_stores_history_text = /** @type {(inputs: Help_Stores_History_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (` (Activity) in history.json in the same folder.`)
};

const de_help_stores_history_text = /** @type {(inputs: Help_Stores_History_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (` („Aktivität“) in history.json im selben Ordner.`)
};

const fr_help_stores_history_text = /** @type {(inputs: Help_Stores_History_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (` (Activité) dans history.json, dans le même dossier.`)
};

/**
* | output |
* | --- |
* | "(Activity) in history.json in the same folder." |
*
* @param {Help_Stores_History_TextInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_stores_history_text = /** @type {((inputs?: Help_Stores_History_TextInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_Stores_History_TextInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_help_stores_history_text(inputs)
	if (locale === "fr") return fr_help_stores_history_text(inputs)
	return en_help_stores_history_text(inputs)
});
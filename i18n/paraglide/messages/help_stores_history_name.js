/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Help_Stores_History_NameInputs */

const en_help_stores_history_name = /** @type {(inputs: Help_Stores_History_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The list of relationship changes`)
};

const de_help_stores_history_name = /** @type {(inputs: Help_Stores_History_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Liste der Beziehungsänderungen`)
};

const fr_help_stores_history_name = /** @type {(inputs: Help_Stores_History_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La liste des changements de relation`)
};

/**
* | output |
* | --- |
* | "The list of relationship changes" |
*
* @param {Help_Stores_History_NameInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_stores_history_name = /** @type {((inputs?: Help_Stores_History_NameInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_Stores_History_NameInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_help_stores_history_name(inputs)
	if (locale === "fr") return fr_help_stores_history_name(inputs)
	return en_help_stores_history_name(inputs)
});
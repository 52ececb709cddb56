/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Activity_No_MatchInputs */

const en_activity_no_match = /** @type {(inputs: Activity_No_MatchInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No changes match the filter.`)
};

const de_activity_no_match = /** @type {(inputs: Activity_No_MatchInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Keine Änderungen entsprechen dem Filter.`)
};

const fr_activity_no_match = /** @type {(inputs: Activity_No_MatchInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aucun changement ne correspond au filtre.`)
};

/**
* | output |
* | --- |
* | "No changes match the filter." |
*
* @param {Activity_No_MatchInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_no_match = /** @type {((inputs?: Activity_No_MatchInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Activity_No_MatchInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_activity_no_match(inputs)
	if (locale === "fr") return fr_activity_no_match(inputs)
	return en_activity_no_match(inputs)
});
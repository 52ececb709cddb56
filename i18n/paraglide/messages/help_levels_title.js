/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Help_Levels_TitleInputs */

const en_help_levels_title = /** @type {(inputs: Help_Levels_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`What each relationship lets people see`)
};

const de_help_levels_title = /** @type {(inputs: Help_Levels_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Was jede Beziehung andere sehen lässt`)
};

const fr_help_levels_title = /** @type {(inputs: Help_Levels_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ce que chaque relation laisse voir`)
};

/**
* | output |
* | --- |
* | "What each relationship lets people see" |
*
* @param {Help_Levels_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_levels_title = /** @type {((inputs?: Help_Levels_TitleInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_Levels_TitleInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_help_levels_title(inputs)
	if (locale === "fr") return fr_help_levels_title(inputs)
	return en_help_levels_title(inputs)
});
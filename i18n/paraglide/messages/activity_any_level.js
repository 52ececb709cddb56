/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Activity_Any_LevelInputs */

const en_activity_any_level = /** @type {(inputs: Activity_Any_LevelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Any level`)
};

const de_activity_any_level = /** @type {(inputs: Activity_Any_LevelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alle Stufen`)
};

const fr_activity_any_level = /** @type {(inputs: Activity_Any_LevelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tous les niveaux`)
};

/**
* | output |
* | --- |
* | "Any level" |
*
* @param {Activity_Any_LevelInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_any_level = /** @type {((inputs?: Activity_Any_LevelInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Activity_Any_LevelInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_activity_any_level(inputs)
	if (locale === "fr") return fr_activity_any_level(inputs)
	return en_activity_any_level(inputs)
});
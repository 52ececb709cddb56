/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ level: NonNullable<unknown> }} Activity_Is_LevelInputs */

const en_activity_is_level = /** @type {(inputs: Activity_Is_LevelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Is ${i?.level}`)
};

const de_activity_is_level = /** @type {(inputs: Activity_Is_LevelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Bereits ${i?.level}`)
};

const fr_activity_is_level = /** @type {(inputs: Activity_Is_LevelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Déjà ${i?.level}`)
};

/**
* | output |
* | --- |
* | "Is {level}" |
*
* @param {Activity_Is_LevelInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_is_level = /** @type {((inputs: Activity_Is_LevelInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Activity_Is_LevelInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_activity_is_level(inputs)
	if (locale === "fr") return fr_activity_is_level(inputs)
	return en_activity_is_level(inputs)
});
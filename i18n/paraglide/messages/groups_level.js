/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Groups_LevelInputs */

const en_groups_level = /** @type {(inputs: Groups_LevelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Level`)
};

const de_groups_level = /** @type {(inputs: Groups_LevelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stufe`)
};

const fr_groups_level = /** @type {(inputs: Groups_LevelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Niveau`)
};

/**
* | output |
* | --- |
* | "Level" |
*
* @param {Groups_LevelInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_level = /** @type {((inputs?: Groups_LevelInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Groups_LevelInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_groups_level(inputs)
	if (locale === "fr") return fr_groups_level(inputs)
	return en_groups_level(inputs)
});
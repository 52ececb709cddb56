/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Privacy_Change_LevelInputs */

const en_privacy_change_level = /** @type {(inputs: Privacy_Change_LevelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Change level`)
};

const de_privacy_change_level = /** @type {(inputs: Privacy_Change_LevelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stufe ändern`)
};

const fr_privacy_change_level = /** @type {(inputs: Privacy_Change_LevelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Changer de niveau`)
};

/**
* | output |
* | --- |
* | "Change level" |
*
* @param {Privacy_Change_LevelInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const privacy_change_level = /** @type {((inputs?: Privacy_Change_LevelInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Privacy_Change_LevelInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_privacy_change_level(inputs)
	if (locale === "fr") return fr_privacy_change_level(inputs)
	return en_privacy_change_level(inputs)
});
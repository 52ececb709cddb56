/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Bulk_Choose_LevelInputs */

const en_bulk_choose_level = /** @type {(inputs: Bulk_Choose_LevelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choose a level…`)
};

const de_bulk_choose_level = /** @type {(inputs: Bulk_Choose_LevelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stufe wählen…`)
};

const fr_bulk_choose_level = /** @type {(inputs: Bulk_Choose_LevelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choisir un niveau…`)
};

/**
* | output |
* | --- |
* | "Choose a level…" |
*
* @param {Bulk_Choose_LevelInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const bulk_choose_level = /** @type {((inputs?: Bulk_Choose_LevelInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Bulk_Choose_LevelInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_bulk_choose_level(inputs)
	if (locale === "fr") return fr_bulk_choose_level(inputs)
	return en_bulk_choose_level(inputs)
});
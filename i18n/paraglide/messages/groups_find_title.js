/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Groups_Find_TitleInputs */

const en_groups_find_title = /** @type {(inputs: Groups_Find_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Find people`)
};

const de_groups_find_title = /** @type {(inputs: Groups_Find_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Personen suchen`)
};

const fr_groups_find_title = /** @type {(inputs: Groups_Find_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rechercher des personnes`)
};

/**
* | output |
* | --- |
* | "Find people" |
*
* @param {Groups_Find_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_find_title = /** @type {((inputs?: Groups_Find_TitleInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Groups_Find_TitleInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_groups_find_title(inputs)
	if (locale === "fr") return fr_groups_find_title(inputs)
	return en_groups_find_title(inputs)
});
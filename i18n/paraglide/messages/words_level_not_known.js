/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ name: NonNullable<unknown> }} Words_Level_Not_KnownInputs */

const en_words_level_not_known = /** @type {(inputs: Words_Level_Not_KnownInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name}'s level is not known`)
};

const de_words_level_not_known = /** @type {(inputs: Words_Level_Not_KnownInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Die Stufe von ${i?.name} ist nicht bekannt`)
};

const fr_words_level_not_known = /** @type {(inputs: Words_Level_Not_KnownInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Le niveau de ${i?.name} n’est pas connu`)
};

/**
* | output |
* | --- |
* | "{name}'s level is not known" |
*
* @param {Words_Level_Not_KnownInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const words_level_not_known = /** @type {((inputs: Words_Level_Not_KnownInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Words_Level_Not_KnownInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_words_level_not_known(inputs)
	if (locale === "fr") return fr_words_level_not_known(inputs)
	return en_words_level_not_known(inputs)
});
/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ name: NonNullable<unknown>, level: NonNullable<unknown> }} Words_Now_Sees_InfoInputs */

const en_words_now_sees_info = /** @type {(inputs: Words_Now_Sees_InfoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} now sees ${i?.level} info`)
};

const de_words_now_sees_info = /** @type {(inputs: Words_Now_Sees_InfoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} sieht jetzt Infos für ${i?.level}`)
};

const fr_words_now_sees_info = /** @type {(inputs: Words_Now_Sees_InfoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} voit maintenant les infos ${i?.level}`)
};

/**
* | output |
* | --- |
* | "{name} now sees {level} info" |
*
* @param {Words_Now_Sees_InfoInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const words_now_sees_info = /** @type {((inputs: Words_Now_Sees_InfoInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Words_Now_Sees_InfoInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_words_now_sees_info(inputs)
	if (locale === "fr") return fr_words_now_sees_info(inputs)
	return en_words_now_sees_info(inputs)
});
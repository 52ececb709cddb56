/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown>, level: NonNullable<unknown> }} Wsw_Level_CountInputs */

const en_wsw_level_count = /** @type {(inputs: Wsw_Level_CountInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} ${i?.level}`)
};

const de_wsw_level_count = /** @type {(inputs: Wsw_Level_CountInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} ${i?.level}`)
};

const fr_wsw_level_count = /** @type {(inputs: Wsw_Level_CountInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} ${i?.level}`)
};

/**
* | output |
* | --- |
* | "{count} {level}" |
*
* @param {Wsw_Level_CountInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_level_count = /** @type {((inputs: Wsw_Level_CountInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_Level_CountInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_wsw_level_count(inputs)
	if (locale === "fr") return fr_wsw_level_count(inputs)
	return en_wsw_level_count(inputs)
});
/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ n: NonNullable<unknown>, level: NonNullable<unknown> }} Bulk_Level_CountInputs */

const en_bulk_level_count = /** @type {(inputs: Bulk_Level_CountInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.n} ${i?.level}`)
};

const de_bulk_level_count = /** @type {(inputs: Bulk_Level_CountInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.n} ${i?.level}`)
};

const fr_bulk_level_count = /** @type {(inputs: Bulk_Level_CountInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.n} ${i?.level}`)
};

/**
* | output |
* | --- |
* | "{n} {level}" |
*
* @param {Bulk_Level_CountInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const bulk_level_count = /** @type {((inputs: Bulk_Level_CountInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Bulk_Level_CountInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_bulk_level_count(inputs)
	if (locale === "fr") return fr_bulk_level_count(inputs)
	return en_bulk_level_count(inputs)
});
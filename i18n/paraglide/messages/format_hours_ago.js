/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ n: NonNullable<unknown> }} Format_Hours_AgoInputs */

const en_format_hours_ago = /** @type {(inputs: Format_Hours_AgoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.n} h ago`)
};

const de_format_hours_ago = /** @type {(inputs: Format_Hours_AgoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`vor ${i?.n} Std.`)
};

const fr_format_hours_ago = /** @type {(inputs: Format_Hours_AgoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`il y a ${i?.n} h`)
};

/**
* | output |
* | --- |
* | "{n} h ago" |
*
* @param {Format_Hours_AgoInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const format_hours_ago = /** @type {((inputs: Format_Hours_AgoInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Hours_AgoInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_format_hours_ago(inputs)
	if (locale === "fr") return fr_format_hours_ago(inputs)
	return en_format_hours_ago(inputs)
});
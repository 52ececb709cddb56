/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ n: NonNullable<unknown> }} Format_Minutes_AgoInputs */

const en_format_minutes_ago = /** @type {(inputs: Format_Minutes_AgoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.n} min ago`)
};

const de_format_minutes_ago = /** @type {(inputs: Format_Minutes_AgoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`vor ${i?.n} Min.`)
};

const fr_format_minutes_ago = /** @type {(inputs: Format_Minutes_AgoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`il y a ${i?.n} min`)
};

/**
* | output |
* | --- |
* | "{n} min ago" |
*
* @param {Format_Minutes_AgoInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const format_minutes_ago = /** @type {((inputs: Format_Minutes_AgoInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Minutes_AgoInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_format_minutes_ago(inputs)
	if (locale === "fr") return fr_format_minutes_ago(inputs)
	return en_format_minutes_ago(inputs)
});
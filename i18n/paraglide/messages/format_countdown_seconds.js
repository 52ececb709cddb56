/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ n: NonNullable<unknown> }} Format_Countdown_SecondsInputs */

const en_format_countdown_seconds = /** @type {(inputs: Format_Countdown_SecondsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`in ${i?.n} s`)
};

const de_format_countdown_seconds = /** @type {(inputs: Format_Countdown_SecondsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`in ${i?.n} s`)
};

const fr_format_countdown_seconds = /** @type {(inputs: Format_Countdown_SecondsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`dans ${i?.n} s`)
};

/**
* | output |
* | --- |
* | "in {n} s" |
*
* @param {Format_Countdown_SecondsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const format_countdown_seconds = /** @type {((inputs: Format_Countdown_SecondsInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Countdown_SecondsInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_format_countdown_seconds(inputs)
	if (locale === "fr") return fr_format_countdown_seconds(inputs)
	return en_format_countdown_seconds(inputs)
});
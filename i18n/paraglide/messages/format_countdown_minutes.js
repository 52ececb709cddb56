/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ n: NonNullable<unknown> }} Format_Countdown_MinutesInputs */

const en_format_countdown_minutes = /** @type {(inputs: Format_Countdown_MinutesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`in ${i?.n} min`)
};

const de_format_countdown_minutes = /** @type {(inputs: Format_Countdown_MinutesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`in ${i?.n} Min.`)
};

const fr_format_countdown_minutes = /** @type {(inputs: Format_Countdown_MinutesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`dans ${i?.n} min`)
};

/**
* | output |
* | --- |
* | "in {n} min" |
*
* @param {Format_Countdown_MinutesInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const format_countdown_minutes = /** @type {((inputs: Format_Countdown_MinutesInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Countdown_MinutesInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_format_countdown_minutes(inputs)
	if (locale === "fr") return fr_format_countdown_minutes(inputs)
	return en_format_countdown_minutes(inputs)
});
/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Format_Countdown_NowInputs */

const en_format_countdown_now = /** @type {(inputs: Format_Countdown_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`now`)
};

const de_format_countdown_now = /** @type {(inputs: Format_Countdown_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`jetzt`)
};

const fr_format_countdown_now = /** @type {(inputs: Format_Countdown_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`maintenant`)
};

/**
* | output |
* | --- |
* | "now" |
*
* @param {Format_Countdown_NowInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const format_countdown_now = /** @type {((inputs?: Format_Countdown_NowInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Countdown_NowInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_format_countdown_now(inputs)
	if (locale === "fr") return fr_format_countdown_now(inputs)
	return en_format_countdown_now(inputs)
});
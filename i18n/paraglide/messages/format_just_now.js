/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Format_Just_NowInputs */

const en_format_just_now = /** @type {(inputs: Format_Just_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`just now`)
};

const de_format_just_now = /** @type {(inputs: Format_Just_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`gerade eben`)
};

const fr_format_just_now = /** @type {(inputs: Format_Just_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`à l'instant`)
};

/**
* | output |
* | --- |
* | "just now" |
*
* @param {Format_Just_NowInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const format_just_now = /** @type {((inputs?: Format_Just_NowInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Just_NowInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_format_just_now(inputs)
	if (locale === "fr") return fr_format_just_now(inputs)
	return en_format_just_now(inputs)
});
/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Format_YesterdayInputs */

const en_format_yesterday = /** @type {(inputs: Format_YesterdayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`yesterday`)
};

const de_format_yesterday = /** @type {(inputs: Format_YesterdayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`gestern`)
};

const fr_format_yesterday = /** @type {(inputs: Format_YesterdayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`hier`)
};

/**
* | output |
* | --- |
* | "yesterday" |
*
* @param {Format_YesterdayInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const format_yesterday = /** @type {((inputs?: Format_YesterdayInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_YesterdayInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_format_yesterday(inputs)
	if (locale === "fr") return fr_format_yesterday(inputs)
	return en_format_yesterday(inputs)
});
/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ from: NonNullable<unknown>, to: NonNullable<unknown> }} Format_BetweenInputs */

const en_format_between = /** @type {(inputs: Format_BetweenInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`between ${i?.from} and ${i?.to}`)
};

const de_format_between = /** @type {(inputs: Format_BetweenInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`zwischen ${i?.from} und ${i?.to}`)
};

const fr_format_between = /** @type {(inputs: Format_BetweenInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`entre ${i?.from} et ${i?.to}`)
};

/**
* | output |
* | --- |
* | "between {from} and {to}" |
*
* @param {Format_BetweenInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const format_between = /** @type {((inputs: Format_BetweenInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_BetweenInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_format_between(inputs)
	if (locale === "fr") return fr_format_between(inputs)
	return en_format_between(inputs)
});
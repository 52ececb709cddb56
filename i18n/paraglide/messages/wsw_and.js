/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ head: NonNullable<unknown>, last: NonNullable<unknown> }} Wsw_AndInputs */

const en_wsw_and = /** @type {(inputs: Wsw_AndInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.head} and ${i?.last}`)
};

const de_wsw_and = /** @type {(inputs: Wsw_AndInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.head} und ${i?.last}`)
};

const fr_wsw_and = /** @type {(inputs: Wsw_AndInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.head} et ${i?.last}`)
};

/**
* | output |
* | --- |
* | "{head} and {last}" |
*
* @param {Wsw_AndInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_and = /** @type {((inputs: Wsw_AndInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_AndInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_wsw_and(inputs)
	if (locale === "fr") return fr_wsw_and(inputs)
	return en_wsw_and(inputs)
});
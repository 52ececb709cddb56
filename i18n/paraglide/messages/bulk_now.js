/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ levels: NonNullable<unknown> }} Bulk_NowInputs */

const en_bulk_now = /** @type {(inputs: Bulk_NowInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Now: ${i?.levels}.`)
};

const de_bulk_now = /** @type {(inputs: Bulk_NowInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Jetzt: ${i?.levels}.`)
};

const fr_bulk_now = /** @type {(inputs: Bulk_NowInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Actuellement : ${i?.levels}.`)
};

/**
* | output |
* | --- |
* | "Now: {levels}." |
*
* @param {Bulk_NowInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const bulk_now = /** @type {((inputs: Bulk_NowInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Bulk_NowInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_bulk_now(inputs)
	if (locale === "fr") return fr_bulk_now(inputs)
	return en_bulk_now(inputs)
});
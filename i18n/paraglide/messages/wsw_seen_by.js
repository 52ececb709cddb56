/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ levels: NonNullable<unknown> }} Wsw_Seen_ByInputs */

const en_wsw_seen_by = /** @type {(inputs: Wsw_Seen_ByInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Seen by ${i?.levels}`)
};

const de_wsw_seen_by = /** @type {(inputs: Wsw_Seen_ByInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Sichtbar für ${i?.levels}`)
};

const fr_wsw_seen_by = /** @type {(inputs: Wsw_Seen_ByInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Vu par ${i?.levels}`)
};

/**
* | output |
* | --- |
* | "Seen by {levels}" |
*
* @param {Wsw_Seen_ByInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_seen_by = /** @type {((inputs: Wsw_Seen_ByInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_Seen_ByInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_wsw_seen_by(inputs)
	if (locale === "fr") return fr_wsw_seen_by(inputs)
	return en_wsw_seen_by(inputs)
});
/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ items: NonNullable<unknown> }} Wsw_SeesInputs */

const en_wsw_sees = /** @type {(inputs: Wsw_SeesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Sees ${i?.items}.`)
};

const de_wsw_sees = /** @type {(inputs: Wsw_SeesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Sieht ${i?.items}.`)
};

const fr_wsw_sees = /** @type {(inputs: Wsw_SeesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Voit ${i?.items}.`)
};

/**
* | output |
* | --- |
* | "Sees {items}." |
*
* @param {Wsw_SeesInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_sees = /** @type {((inputs: Wsw_SeesInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_SeesInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_wsw_sees(inputs)
	if (locale === "fr") return fr_wsw_sees(inputs)
	return en_wsw_sees(inputs)
});
/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Wsw_NobodyInputs */

const en_wsw_nobody = /** @type {(inputs: Wsw_NobodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nobody`)
};

const de_wsw_nobody = /** @type {(inputs: Wsw_NobodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Niemand`)
};

const fr_wsw_nobody = /** @type {(inputs: Wsw_NobodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Personne`)
};

/**
* | output |
* | --- |
* | "Nobody" |
*
* @param {Wsw_NobodyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_nobody = /** @type {((inputs?: Wsw_NobodyInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_NobodyInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_wsw_nobody(inputs)
	if (locale === "fr") return fr_wsw_nobody(inputs)
	return en_wsw_nobody(inputs)
});
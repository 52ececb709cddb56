/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Wsw_WhoInputs */

const en_wsw_who = /** @type {(inputs: Wsw_WhoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Who`)
};

const de_wsw_who = /** @type {(inputs: Wsw_WhoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wer`)
};

const fr_wsw_who = /** @type {(inputs: Wsw_WhoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Qui`)
};

/**
* | output |
* | --- |
* | "Who" |
*
* @param {Wsw_WhoInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_who = /** @type {((inputs?: Wsw_WhoInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_WhoInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_wsw_who(inputs)
	if (locale === "fr") return fr_wsw_who(inputs)
	return en_wsw_who(inputs)
});
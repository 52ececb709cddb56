/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Wsw_TitleInputs */

const en_wsw_title = /** @type {(inputs: Wsw_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Who sees what`)
};

const de_wsw_title = /** @type {(inputs: Wsw_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wer sieht was`)
};

const fr_wsw_title = /** @type {(inputs: Wsw_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Qui voit quoi`)
};

/**
* | output |
* | --- |
* | "Who sees what" |
*
* @param {Wsw_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_title = /** @type {((inputs?: Wsw_TitleInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_TitleInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_wsw_title(inputs)
	if (locale === "fr") return fr_wsw_title(inputs)
	return en_wsw_title(inputs)
});
/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Groups_More_ResultsInputs */

const en_groups_more_results = /** @type {(inputs: Groups_More_ResultsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`More people match: type more of the name.`)
};

const de_groups_more_results = /** @type {(inputs: Groups_More_ResultsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Weitere Personen passen: Geben Sie mehr vom Namen ein.`)
};

const fr_groups_more_results = /** @type {(inputs: Groups_More_ResultsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`D’autres personnes correspondent : tapez davantage du nom.`)
};

/**
* | output |
* | --- |
* | "More people match: type more of the name." |
*
* @param {Groups_More_ResultsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_more_results = /** @type {((inputs?: Groups_More_ResultsInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Groups_More_ResultsInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_groups_more_results(inputs)
	if (locale === "fr") return fr_groups_more_results(inputs)
	return en_groups_more_results(inputs)
});
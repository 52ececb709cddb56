/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Groups_DistributionInputs */

const en_groups_distribution = /** @type {(inputs: Groups_DistributionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`distribution group`)
};

const de_groups_distribution = /** @type {(inputs: Groups_DistributionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Verteilerliste`)
};

const fr_groups_distribution = /** @type {(inputs: Groups_DistributionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`liste de distribution`)
};

/**
* | output |
* | --- |
* | "distribution group" |
*
* @param {Groups_DistributionInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_distribution = /** @type {((inputs?: Groups_DistributionInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Groups_DistributionInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_groups_distribution(inputs)
	if (locale === "fr") return fr_groups_distribution(inputs)
	return en_groups_distribution(inputs)
});
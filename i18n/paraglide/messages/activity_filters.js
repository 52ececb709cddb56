/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Activity_FiltersInputs */

const en_activity_filters = /** @type {(inputs: Activity_FiltersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Filter activity`)
};

const de_activity_filters = /** @type {(inputs: Activity_FiltersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aktivität filtern`)
};

const fr_activity_filters = /** @type {(inputs: Activity_FiltersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Filtrer l’activité`)
};

/**
* | output |
* | --- |
* | "Filter activity" |
*
* @param {Activity_FiltersInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_filters = /** @type {((inputs?: Activity_FiltersInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Activity_FiltersInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_activity_filters(inputs)
	if (locale === "fr") return fr_activity_filters(inputs)
	return en_activity_filters(inputs)
});
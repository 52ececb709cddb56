/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Activity_ByInputs */

const en_activity_by = /** @type {(inputs: Activity_ByInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`By`)
};

const de_activity_by = /** @type {(inputs: Activity_ByInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Von`)
};

const fr_activity_by = /** @type {(inputs: Activity_ByInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Par`)
};

/**
* | output |
* | --- |
* | "By" |
*
* @param {Activity_ByInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_by = /** @type {((inputs?: Activity_ByInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Activity_ByInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_activity_by(inputs)
	if (locale === "fr") return fr_activity_by(inputs)
	return en_activity_by(inputs)
});
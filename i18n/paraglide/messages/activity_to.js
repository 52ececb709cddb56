/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Activity_ToInputs */

const en_activity_to = /** @type {(inputs: Activity_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`to`)
};

const de_activity_to = /** @type {(inputs: Activity_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`nach`)
};

const fr_activity_to = /** @type {(inputs: Activity_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`vers`)
};

/**
* | output |
* | --- |
* | "to" |
*
* @param {Activity_ToInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_to = /** @type {((inputs?: Activity_ToInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Activity_ToInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_activity_to(inputs)
	if (locale === "fr") return fr_activity_to(inputs)
	return en_activity_to(inputs)
});
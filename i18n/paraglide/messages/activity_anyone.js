/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Activity_AnyoneInputs */

const en_activity_anyone = /** @type {(inputs: Activity_AnyoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Anyone`)
};

const de_activity_anyone = /** @type {(inputs: Activity_AnyoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alle`)
};

const fr_activity_anyone = /** @type {(inputs: Activity_AnyoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`N’importe qui`)
};

/**
* | output |
* | --- |
* | "Anyone" |
*
* @param {Activity_AnyoneInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_anyone = /** @type {((inputs?: Activity_AnyoneInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Activity_AnyoneInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_activity_anyone(inputs)
	if (locale === "fr") return fr_activity_anyone(inputs)
	return en_activity_anyone(inputs)
});
/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Activity_Csv_ToInputs */

const en_activity_csv_to = /** @type {(inputs: Activity_Csv_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`To`)
};

const de_activity_csv_to = /** @type {(inputs: Activity_Csv_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nach`)
};

const fr_activity_csv_to = /** @type {(inputs: Activity_Csv_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`À`)
};

/**
* | output |
* | --- |
* | "To" |
*
* @param {Activity_Csv_ToInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_csv_to = /** @type {((inputs?: Activity_Csv_ToInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Activity_Csv_ToInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_activity_csv_to(inputs)
	if (locale === "fr") return fr_activity_csv_to(inputs)
	return en_activity_csv_to(inputs)
});
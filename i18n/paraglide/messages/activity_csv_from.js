/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Activity_Csv_FromInputs */

const en_activity_csv_from = /** @type {(inputs: Activity_Csv_FromInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`From`)
};

const de_activity_csv_from = /** @type {(inputs: Activity_Csv_FromInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Von`)
};

const fr_activity_csv_from = /** @type {(inputs: Activity_Csv_FromInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`De`)
};

/**
* | output |
* | --- |
* | "From" |
*
* @param {Activity_Csv_FromInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_csv_from = /** @type {((inputs?: Activity_Csv_FromInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Activity_Csv_FromInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_activity_csv_from(inputs)
	if (locale === "fr") return fr_activity_csv_from(inputs)
	return en_activity_csv_from(inputs)
});
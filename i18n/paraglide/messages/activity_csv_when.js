/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Activity_Csv_WhenInputs */

const en_activity_csv_when = /** @type {(inputs: Activity_Csv_WhenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`When (UTC)`)
};

const de_activity_csv_when = /** @type {(inputs: Activity_Csv_WhenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zeitpunkt (UTC)`)
};

const fr_activity_csv_when = /** @type {(inputs: Activity_Csv_WhenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Date (UTC)`)
};

/**
* | output |
* | --- |
* | "When (UTC)" |
*
* @param {Activity_Csv_WhenInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_csv_when = /** @type {((inputs?: Activity_Csv_WhenInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Activity_Csv_WhenInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_activity_csv_when(inputs)
	if (locale === "fr") return fr_activity_csv_when(inputs)
	return en_activity_csv_when(inputs)
});
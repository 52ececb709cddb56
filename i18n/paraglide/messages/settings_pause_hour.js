/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Settings_Pause_HourInputs */

const en_settings_pause_hour = /** @type {(inputs: Settings_Pause_HourInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`For 1 hour`)
};

const de_settings_pause_hour = /** @type {(inputs: Settings_Pause_HourInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Für 1 Stunde`)
};

const fr_settings_pause_hour = /** @type {(inputs: Settings_Pause_HourInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pendant 1 heure`)
};

/**
* | output |
* | --- |
* | "For 1 hour" |
*
* @param {Settings_Pause_HourInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_pause_hour = /** @type {((inputs?: Settings_Pause_HourInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Settings_Pause_HourInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_settings_pause_hour(inputs)
	if (locale === "fr") return fr_settings_pause_hour(inputs)
	return en_settings_pause_hour(inputs)
});
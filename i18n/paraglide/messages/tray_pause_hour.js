/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Tray_Pause_HourInputs */

const en_tray_pause_hour = /** @type {(inputs: Tray_Pause_HourInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`For 1 hour`)
};

const de_tray_pause_hour = /** @type {(inputs: Tray_Pause_HourInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Für 1 Stunde`)
};

const fr_tray_pause_hour = /** @type {(inputs: Tray_Pause_HourInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pendant 1 heure`)
};

/**
* | output |
* | --- |
* | "For 1 hour" |
*
* @param {Tray_Pause_HourInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_pause_hour = /** @type {((inputs?: Tray_Pause_HourInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tray_Pause_HourInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_tray_pause_hour(inputs)
	if (locale === "fr") return fr_tray_pause_hour(inputs)
	return en_tray_pause_hour(inputs)
});
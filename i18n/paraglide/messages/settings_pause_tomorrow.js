/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Settings_Pause_TomorrowInputs */

const en_settings_pause_tomorrow = /** @type {(inputs: Settings_Pause_TomorrowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Until tomorrow`)
};

const de_settings_pause_tomorrow = /** @type {(inputs: Settings_Pause_TomorrowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bis morgen`)
};

const fr_settings_pause_tomorrow = /** @type {(inputs: Settings_Pause_TomorrowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Jusqu’à demain`)
};

/**
* | output |
* | --- |
* | "Until tomorrow" |
*
* @param {Settings_Pause_TomorrowInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_pause_tomorrow = /** @type {((inputs?: Settings_Pause_TomorrowInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Settings_Pause_TomorrowInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_settings_pause_tomorrow(inputs)
	if (locale === "fr") return fr_settings_pause_tomorrow(inputs)
	return en_settings_pause_tomorrow(inputs)
});
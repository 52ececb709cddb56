/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Tray_Pause_TomorrowInputs */

const en_tray_pause_tomorrow = /** @type {(inputs: Tray_Pause_TomorrowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Until tomorrow`)
};

const de_tray_pause_tomorrow = /** @type {(inputs: Tray_Pause_TomorrowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bis morgen`)
};

const fr_tray_pause_tomorrow = /** @type {(inputs: Tray_Pause_TomorrowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Jusqu’à demain`)
};

/**
* | output |
* | --- |
* | "Until tomorrow" |
*
* @param {Tray_Pause_TomorrowInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_pause_tomorrow = /** @type {((inputs?: Tray_Pause_TomorrowInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tray_Pause_TomorrowInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_tray_pause_tomorrow(inputs)
	if (locale === "fr") return fr_tray_pause_tomorrow(inputs)
	return en_tray_pause_tomorrow(inputs)
});
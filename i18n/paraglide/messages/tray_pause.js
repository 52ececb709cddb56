/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Tray_PauseInputs */

const en_tray_pause = /** @type {(inputs: Tray_PauseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pause notifications`)
};

const de_tray_pause = /** @type {(inputs: Tray_PauseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Benachrichtigungen pausieren`)
};

const fr_tray_pause = /** @type {(inputs: Tray_PauseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mettre les notifications en pause`)
};

/**
* | output |
* | --- |
* | "Pause notifications" |
*
* @param {Tray_PauseInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_pause = /** @type {((inputs?: Tray_PauseInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tray_PauseInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_tray_pause(inputs)
	if (locale === "fr") return fr_tray_pause(inputs)
	return en_tray_pause(inputs)
});
/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Settings_PauseInputs */

const en_settings_pause = /** @type {(inputs: Settings_PauseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pause notifications:`)
};

const de_settings_pause = /** @type {(inputs: Settings_PauseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Benachrichtigungen pausieren:`)
};

const fr_settings_pause = /** @type {(inputs: Settings_PauseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mettre les notifications en pause :`)
};

/**
* | output |
* | --- |
* | "Pause notifications:" |
*
* @param {Settings_PauseInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_pause = /** @type {((inputs?: Settings_PauseInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Settings_PauseInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_settings_pause(inputs)
	if (locale === "fr") return fr_settings_pause(inputs)
	return en_settings_pause(inputs)
});
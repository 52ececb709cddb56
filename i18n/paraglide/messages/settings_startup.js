/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Settings_StartupInputs */

const en_settings_startup = /** @type {(inputs: Settings_StartupInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Startup`)
};

const de_settings_startup = /** @type {(inputs: Settings_StartupInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Start`)
};

const fr_settings_startup = /** @type {(inputs: Settings_StartupInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Démarrage`)
};

/**
* | output |
* | --- |
* | "Startup" |
*
* @param {Settings_StartupInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_startup = /** @type {((inputs?: Settings_StartupInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Settings_StartupInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_settings_startup(inputs)
	if (locale === "fr") return fr_settings_startup(inputs)
	return en_settings_startup(inputs)
});
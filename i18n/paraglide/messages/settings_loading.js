/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Settings_LoadingInputs */

const en_settings_loading = /** @type {(inputs: Settings_LoadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Loading settings…`)
};

const de_settings_loading = /** @type {(inputs: Settings_LoadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Einstellungen werden geladen…`)
};

const fr_settings_loading = /** @type {(inputs: Settings_LoadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Chargement des paramètres…`)
};

/**
* | output |
* | --- |
* | "Loading settings…" |
*
* @param {Settings_LoadingInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_loading = /** @type {((inputs?: Settings_LoadingInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Settings_LoadingInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_settings_loading(inputs)
	if (locale === "fr") return fr_settings_loading(inputs)
	return en_settings_loading(inputs)
});
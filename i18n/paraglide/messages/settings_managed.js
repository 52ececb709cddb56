/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Settings_ManagedInputs */

const en_settings_managed = /** @type {(inputs: Settings_ManagedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Set by your organisation`)
};

const de_settings_managed = /** @type {(inputs: Settings_ManagedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Von Ihrer Organisation festgelegt`)
};

const fr_settings_managed = /** @type {(inputs: Settings_ManagedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Défini par votre organisation`)
};

/**
* | output |
* | --- |
* | "Set by your organisation" |
*
* @param {Settings_ManagedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_managed = /** @type {((inputs?: Settings_ManagedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Settings_ManagedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_settings_managed(inputs)
	if (locale === "fr") return fr_settings_managed(inputs)
	return en_settings_managed(inputs)
});
/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Help_Stores_Settings_NameInputs */

const en_help_stores_settings_name = /** @type {(inputs: Help_Stores_Settings_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Settings`)
};

const de_help_stores_settings_name = /** @type {(inputs: Help_Stores_Settings_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Einstellungen`)
};

const fr_help_stores_settings_name = /** @type {(inputs: Help_Stores_Settings_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Paramètres`)
};

/**
* | output |
* | --- |
* | "Settings" |
*
* @param {Help_Stores_Settings_NameInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_stores_settings_name = /** @type {((inputs?: Help_Stores_Settings_NameInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_Stores_Settings_NameInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_help_stores_settings_name(inputs)
	if (locale === "fr") return fr_help_stores_settings_name(inputs)
	return en_help_stores_settings_name(inputs)
});
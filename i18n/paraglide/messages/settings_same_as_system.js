/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Settings_Same_As_SystemInputs */

const en_settings_same_as_system = /** @type {(inputs: Settings_Same_As_SystemInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Same as the system`)
};

const de_settings_same_as_system = /** @type {(inputs: Settings_Same_As_SystemInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wie im System`)
};

const fr_settings_same_as_system = /** @type {(inputs: Settings_Same_As_SystemInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Comme le système`)
};

/**
* | output |
* | --- |
* | "Same as the system" |
*
* @param {Settings_Same_As_SystemInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_same_as_system = /** @type {((inputs?: Settings_Same_As_SystemInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Settings_Same_As_SystemInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_settings_same_as_system(inputs)
	if (locale === "fr") return fr_settings_same_as_system(inputs)
	return en_settings_same_as_system(inputs)
});
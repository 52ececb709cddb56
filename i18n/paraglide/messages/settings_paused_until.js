/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ time: NonNullable<unknown> }} Settings_Paused_UntilInputs */

const en_settings_paused_until = /** @type {(inputs: Settings_Paused_UntilInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Paused until ${i?.time}.`)
};

const de_settings_paused_until = /** @type {(inputs: Settings_Paused_UntilInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Pausiert bis ${i?.time}.`)
};

const fr_settings_paused_until = /** @type {(inputs: Settings_Paused_UntilInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`En pause jusqu’à ${i?.time}.`)
};

/**
* | output |
* | --- |
* | "Paused until {time}." |
*
* @param {Settings_Paused_UntilInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_paused_until = /** @type {((inputs: Settings_Paused_UntilInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Settings_Paused_UntilInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_settings_paused_until(inputs)
	if (locale === "fr") return fr_settings_paused_until(inputs)
	return en_settings_paused_until(inputs)
});
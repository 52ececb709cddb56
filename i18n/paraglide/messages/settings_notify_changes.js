/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Settings_Notify_ChangesInputs */

const en_settings_notify_changes = /** @type {(inputs: Settings_Notify_ChangesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`When a relationship is changed from another device`)
};

const de_settings_notify_changes = /** @type {(inputs: Settings_Notify_ChangesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wenn eine Beziehung auf einem anderen Gerät geändert wird`)
};

const fr_settings_notify_changes = /** @type {(inputs: Settings_Notify_ChangesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Quand une relation est modifiée depuis un autre appareil`)
};

/**
* | output |
* | --- |
* | "When a relationship is changed from another device" |
*
* @param {Settings_Notify_ChangesInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_notify_changes = /** @type {((inputs?: Settings_Notify_ChangesInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Settings_Notify_ChangesInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_settings_notify_changes(inputs)
	if (locale === "fr") return fr_settings_notify_changes(inputs)
	return en_settings_notify_changes(inputs)
});
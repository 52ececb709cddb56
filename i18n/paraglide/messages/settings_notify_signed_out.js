/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Settings_Notify_Signed_OutInputs */

const en_settings_notify_signed_out = /** @type {(inputs: Settings_Notify_Signed_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`When I am signed out`)
};

const de_settings_notify_signed_out = /** @type {(inputs: Settings_Notify_Signed_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wenn ich abgemeldet werde`)
};

const fr_settings_notify_signed_out = /** @type {(inputs: Settings_Notify_Signed_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Quand je suis déconnecté`)
};

/**
* | output |
* | --- |
* | "When I am signed out" |
*
* @param {Settings_Notify_Signed_OutInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_notify_signed_out = /** @type {((inputs?: Settings_Notify_Signed_OutInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Settings_Notify_Signed_OutInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_settings_notify_signed_out(inputs)
	if (locale === "fr") return fr_settings_notify_signed_out(inputs)
	return en_settings_notify_signed_out(inputs)
});
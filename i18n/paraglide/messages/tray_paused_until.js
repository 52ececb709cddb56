/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ time: NonNullable<unknown> }} Tray_Paused_UntilInputs */

const en_tray_paused_until = /** @type {(inputs: Tray_Paused_UntilInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Notifications paused until ${i?.time}`)
};

const de_tray_paused_until = /** @type {(inputs: Tray_Paused_UntilInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Benachrichtigungen pausiert bis ${i?.time}`)
};

const fr_tray_paused_until = /** @type {(inputs: Tray_Paused_UntilInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Notifications en pause jusqu’à ${i?.time}`)
};

/**
* | output |
* | --- |
* | "Notifications paused until {time}" |
*
* @param {Tray_Paused_UntilInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_paused_until = /** @type {((inputs: Tray_Paused_UntilInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tray_Paused_UntilInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_tray_paused_until(inputs)
	if (locale === "fr") return fr_tray_paused_until(inputs)
	return en_tray_paused_until(inputs)
});
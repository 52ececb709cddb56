/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ state: NonNullable<unknown> }} Tray_Tooltip_StateInputs */

const en_tray_tooltip_state = /** @type {(inputs: Tray_Tooltip_StateInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`UCWA Tray: ${i?.state}`)
};

const de_tray_tooltip_state = /** @type {(inputs: Tray_Tooltip_StateInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`UCWA Tray: ${i?.state}`)
};

const fr_tray_tooltip_state = /** @type {(inputs: Tray_Tooltip_StateInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`UCWA Tray : ${i?.state}`)
};

/**
* | output |
* | --- |
* | "UCWA Tray: {state}" |
*
* @param {Tray_Tooltip_StateInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_tooltip_state = /** @type {((inputs: Tray_Tooltip_StateInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tray_Tooltip_StateInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_tray_tooltip_state(inputs)
	if (locale === "fr") return fr_tray_tooltip_state(inputs)
	return en_tray_tooltip_state(inputs)
});
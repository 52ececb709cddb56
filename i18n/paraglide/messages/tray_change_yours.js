/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ change: NonNullable<unknown> }} Tray_Change_YoursInputs */

const en_tray_change_yours = /** @type {(inputs: Tray_Change_YoursInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.change} (you)`)
};

const de_tray_change_yours = /** @type {(inputs: Tray_Change_YoursInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.change} (Sie)`)
};

const fr_tray_change_yours = /** @type {(inputs: Tray_Change_YoursInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.change} (vous)`)
};

/**
* | output |
* | --- |
* | "{change} (you)" |
*
* @param {Tray_Change_YoursInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_change_yours = /** @type {((inputs: Tray_Change_YoursInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tray_Change_YoursInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_tray_change_yours(inputs)
	if (locale === "fr") return fr_tray_change_yours(inputs)
	return en_tray_change_yours(inputs)
});
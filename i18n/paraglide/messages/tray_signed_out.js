/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Tray_Signed_OutInputs */

const en_tray_signed_out = /** @type {(inputs: Tray_Signed_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Signed out`)
};

const de_tray_signed_out = /** @type {(inputs: Tray_Signed_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Abgemeldet`)
};

const fr_tray_signed_out = /** @type {(inputs: Tray_Signed_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Déconnecté`)
};

/**
* | output |
* | --- |
* | "Signed out" |
*
* @param {Tray_Signed_OutInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_signed_out = /** @type {((inputs?: Tray_Signed_OutInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tray_Signed_OutInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_tray_signed_out(inputs)
	if (locale === "fr") return fr_tray_signed_out(inputs)
	return en_tray_signed_out(inputs)
});
/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ reason: NonNullable<unknown> }} Tray_Signed_Out_BecauseInputs */

const en_tray_signed_out_because = /** @type {(inputs: Tray_Signed_Out_BecauseInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Signed out: ${i?.reason}`)
};

const de_tray_signed_out_because = /** @type {(inputs: Tray_Signed_Out_BecauseInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Abgemeldet: ${i?.reason}`)
};

const fr_tray_signed_out_because = /** @type {(inputs: Tray_Signed_Out_BecauseInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Déconnecté : ${i?.reason}`)
};

/**
* | output |
* | --- |
* | "Signed out: {reason}" |
*
* @param {Tray_Signed_Out_BecauseInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_signed_out_because = /** @type {((inputs: Tray_Signed_Out_BecauseInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tray_Signed_Out_BecauseInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_tray_signed_out_because(inputs)
	if (locale === "fr") return fr_tray_signed_out_because(inputs)
	return en_tray_signed_out_because(inputs)
});
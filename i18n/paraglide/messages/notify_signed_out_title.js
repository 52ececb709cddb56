/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Notify_Signed_Out_TitleInputs */

const en_notify_signed_out_title = /** @type {(inputs: Notify_Signed_Out_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`UCWA Tray signed out`)
};

const de_notify_signed_out_title = /** @type {(inputs: Notify_Signed_Out_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`UCWA Tray wurde abgemeldet`)
};

const fr_notify_signed_out_title = /** @type {(inputs: Notify_Signed_Out_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`UCWA Tray s’est déconnecté`)
};

/**
* | output |
* | --- |
* | "UCWA Tray signed out" |
*
* @param {Notify_Signed_Out_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_signed_out_title = /** @type {((inputs?: Notify_Signed_Out_TitleInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notify_Signed_Out_TitleInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_notify_signed_out_title(inputs)
	if (locale === "fr") return fr_notify_signed_out_title(inputs)
	return en_notify_signed_out_title(inputs)
});
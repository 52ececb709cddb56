/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Wsw_Info_Free_Busy_ShortInputs */

const en_wsw_info_free_busy_short = /** @type {(inputs: Wsw_Info_Free_Busy_ShortInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`free/busy`)
};

const de_wsw_info_free_busy_short = /** @type {(inputs: Wsw_Info_Free_Busy_ShortInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Frei/Gebucht`)
};

const fr_wsw_info_free_busy_short = /** @type {(inputs: Wsw_Info_Free_Busy_ShortInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`disponibilités`)
};

/**
* | output |
* | --- |
* | "free/busy" |
*
* @param {Wsw_Info_Free_Busy_ShortInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_info_free_busy_short = /** @type {((inputs?: Wsw_Info_Free_Busy_ShortInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_Info_Free_Busy_ShortInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_wsw_info_free_busy_short(inputs)
	if (locale === "fr") return fr_wsw_info_free_busy_short(inputs)
	return en_wsw_info_free_busy_short(inputs)
});
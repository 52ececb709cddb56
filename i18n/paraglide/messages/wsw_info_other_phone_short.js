/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Wsw_Info_Other_Phone_ShortInputs */

const en_wsw_info_other_phone_short = /** @type {(inputs: Wsw_Info_Other_Phone_ShortInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`other phone`)
};

const de_wsw_info_other_phone_short = /** @type {(inputs: Wsw_Info_Other_Phone_ShortInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`weiteres Telefon`)
};

const fr_wsw_info_other_phone_short = /** @type {(inputs: Wsw_Info_Other_Phone_ShortInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`autre téléphone`)
};

/**
* | output |
* | --- |
* | "other phone" |
*
* @param {Wsw_Info_Other_Phone_ShortInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_info_other_phone_short = /** @type {((inputs?: Wsw_Info_Other_Phone_ShortInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_Info_Other_Phone_ShortInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_wsw_info_other_phone_short(inputs)
	if (locale === "fr") return fr_wsw_info_other_phone_short(inputs)
	return en_wsw_info_other_phone_short(inputs)
});
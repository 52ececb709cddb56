/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Wsw_Info_Presence_ShortInputs */

const en_wsw_info_presence_short = /** @type {(inputs: Wsw_Info_Presence_ShortInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`presence`)
};

const de_wsw_info_presence_short = /** @type {(inputs: Wsw_Info_Presence_ShortInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Anwesenheit`)
};

const fr_wsw_info_presence_short = /** @type {(inputs: Wsw_Info_Presence_ShortInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`présence`)
};

/**
* | output |
* | --- |
* | "presence" |
*
* @param {Wsw_Info_Presence_ShortInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_info_presence_short = /** @type {((inputs?: Wsw_Info_Presence_ShortInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_Info_Presence_ShortInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_wsw_info_presence_short(inputs)
	if (locale === "fr") return fr_wsw_info_presence_short(inputs)
	return en_wsw_info_presence_short(inputs)
});
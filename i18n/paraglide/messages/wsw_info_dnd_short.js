/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Wsw_Info_Dnd_ShortInputs */

const en_wsw_info_dnd_short = /** @type {(inputs: Wsw_Info_Dnd_ShortInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Do Not Disturb`)
};

const de_wsw_info_dnd_short = /** @type {(inputs: Wsw_Info_Dnd_ShortInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nicht stören`)
};

const fr_wsw_info_dnd_short = /** @type {(inputs: Wsw_Info_Dnd_ShortInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ne pas déranger`)
};

/**
* | output |
* | --- |
* | "Do Not Disturb" |
*
* @param {Wsw_Info_Dnd_ShortInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_info_dnd_short = /** @type {((inputs?: Wsw_Info_Dnd_ShortInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_Info_Dnd_ShortInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_wsw_info_dnd_short(inputs)
	if (locale === "fr") return fr_wsw_info_dnd_short(inputs)
	return en_wsw_info_dnd_short(inputs)
});
/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Wsw_Info_Presence_ListedInputs */

const en_wsw_info_presence_listed = /** @type {(inputs: Wsw_Info_Presence_ListedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`presence`)
};

const de_wsw_info_presence_listed = /** @type {(inputs: Wsw_Info_Presence_ListedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Anwesenheit`)
};

const fr_wsw_info_presence_listed = /** @type {(inputs: Wsw_Info_Presence_ListedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`présence`)
};

/**
* | output |
* | --- |
* | "presence" |
*
* @param {Wsw_Info_Presence_ListedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_info_presence_listed = /** @type {((inputs?: Wsw_Info_Presence_ListedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_Info_Presence_ListedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_wsw_info_presence_listed(inputs)
	if (locale === "fr") return fr_wsw_info_presence_listed(inputs)
	return en_wsw_info_presence_listed(inputs)
});
/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Wsw_Info_Meeting_Locations_ListedInputs */

const en_wsw_info_meeting_locations_listed = /** @type {(inputs: Wsw_Info_Meeting_Locations_ListedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`meeting locations`)
};

const de_wsw_info_meeting_locations_listed = /** @type {(inputs: Wsw_Info_Meeting_Locations_ListedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Besprechungsorte`)
};

const fr_wsw_info_meeting_locations_listed = /** @type {(inputs: Wsw_Info_Meeting_Locations_ListedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`lieux des réunions`)
};

/**
* | output |
* | --- |
* | "meeting locations" |
*
* @param {Wsw_Info_Meeting_Locations_ListedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_info_meeting_locations_listed = /** @type {((inputs?: Wsw_Info_Meeting_Locations_ListedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_Info_Meeting_Locations_ListedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_wsw_info_meeting_locations_listed(inputs)
	if (locale === "fr") return fr_wsw_info_meeting_locations_listed(inputs)
	return en_wsw_info_meeting_locations_listed(inputs)
});
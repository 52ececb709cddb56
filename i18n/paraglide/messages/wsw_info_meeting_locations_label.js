/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Wsw_Info_Meeting_Locations_LabelInputs */

const en_wsw_info_meeting_locations_label = /** @type {(inputs: Wsw_Info_Meeting_Locations_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`your meeting locations`)
};

const de_wsw_info_meeting_locations_label = /** @type {(inputs: Wsw_Info_Meeting_Locations_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ihre Besprechungsorte`)
};

const fr_wsw_info_meeting_locations_label = /** @type {(inputs: Wsw_Info_Meeting_Locations_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`les lieux de vos réunions`)
};

/**
* | output |
* | --- |
* | "your meeting locations" |
*
* @param {Wsw_Info_Meeting_Locations_LabelInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_info_meeting_locations_label = /** @type {((inputs?: Wsw_Info_Meeting_Locations_LabelInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_Info_Meeting_Locations_LabelInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_wsw_info_meeting_locations_label(inputs)
	if (locale === "fr") return fr_wsw_info_meeting_locations_label(inputs)
	return en_wsw_info_meeting_locations_label(inputs)
});
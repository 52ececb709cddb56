/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Wsw_Info_Location_LabelInputs */

const en_wsw_info_location_label = /** @type {(inputs: Wsw_Info_Location_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`your location`)
};

const de_wsw_info_location_label = /** @type {(inputs: Wsw_Info_Location_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ihr Standort`)
};

const fr_wsw_info_location_label = /** @type {(inputs: Wsw_Info_Location_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`votre emplacement`)
};

/**
* | output |
* | --- |
* | "your location" |
*
* @param {Wsw_Info_Location_LabelInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_info_location_label = /** @type {((inputs?: Wsw_Info_Location_LabelInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_Info_Location_LabelInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_wsw_info_location_label(inputs)
	if (locale === "fr") return fr_wsw_info_location_label(inputs)
	return en_wsw_info_location_label(inputs)
});
/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Wsw_Info_Location_ListedInputs */

const en_wsw_info_location_listed = /** @type {(inputs: Wsw_Info_Location_ListedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`location`)
};

const de_wsw_info_location_listed = /** @type {(inputs: Wsw_Info_Location_ListedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Standort`)
};

const fr_wsw_info_location_listed = /** @type {(inputs: Wsw_Info_Location_ListedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`emplacement`)
};

/**
* | output |
* | --- |
* | "location" |
*
* @param {Wsw_Info_Location_ListedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_info_location_listed = /** @type {((inputs?: Wsw_Info_Location_ListedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_Info_Location_ListedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_wsw_info_location_listed(inputs)
	if (locale === "fr") return fr_wsw_info_location_listed(inputs)
	return en_wsw_info_location_listed(inputs)
});
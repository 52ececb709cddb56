/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Wsw_Info_Home_Phone_ListedInputs */

const en_wsw_info_home_phone_listed = /** @type {(inputs: Wsw_Info_Home_Phone_ListedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`home phone number`)
};

const de_wsw_info_home_phone_listed = /** @type {(inputs: Wsw_Info_Home_Phone_ListedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`private Telefonnummer`)
};

const fr_wsw_info_home_phone_listed = /** @type {(inputs: Wsw_Info_Home_Phone_ListedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`numéro de téléphone personnel`)
};

/**
* | output |
* | --- |
* | "home phone number" |
*
* @param {Wsw_Info_Home_Phone_ListedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_info_home_phone_listed = /** @type {((inputs?: Wsw_Info_Home_Phone_ListedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_Info_Home_Phone_ListedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_wsw_info_home_phone_listed(inputs)
	if (locale === "fr") return fr_wsw_info_home_phone_listed(inputs)
	return en_wsw_info_home_phone_listed(inputs)
});
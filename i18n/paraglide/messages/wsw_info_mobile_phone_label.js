/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Wsw_Info_Mobile_Phone_LabelInputs */

const en_wsw_info_mobile_phone_label = /** @type {(inputs: Wsw_Info_Mobile_Phone_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`your mobile phone number`)
};

const de_wsw_info_mobile_phone_label = /** @type {(inputs: Wsw_Info_Mobile_Phone_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ihre Mobiltelefonnummer`)
};

const fr_wsw_info_mobile_phone_label = /** @type {(inputs: Wsw_Info_Mobile_Phone_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`votre numéro de portable`)
};

/**
* | output |
* | --- |
* | "your mobile phone number" |
*
* @param {Wsw_Info_Mobile_Phone_LabelInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_info_mobile_phone_label = /** @type {((inputs?: Wsw_Info_Mobile_Phone_LabelInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_Info_Mobile_Phone_LabelInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_wsw_info_mobile_phone_label(inputs)
	if (locale === "fr") return fr_wsw_info_mobile_phone_label(inputs)
	return en_wsw_info_mobile_phone_label(inputs)
});
/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Activity_Csv_SipInputs */

const en_activity_csv_sip = /** @type {(inputs: Activity_Csv_SipInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SIP address`)
};

const de_activity_csv_sip = /** @type {(inputs: Activity_Csv_SipInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SIP-Adresse`)
};

const fr_activity_csv_sip = /** @type {(inputs: Activity_Csv_SipInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Adresse SIP`)
};

/**
* | output |
* | --- |
* | "SIP address" |
*
* @param {Activity_Csv_SipInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_csv_sip = /** @type {((inputs?: Activity_Csv_SipInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Activity_Csv_SipInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_activity_csv_sip(inputs)
	if (locale === "fr") return fr_activity_csv_sip(inputs)
	return en_activity_csv_sip(inputs)
});
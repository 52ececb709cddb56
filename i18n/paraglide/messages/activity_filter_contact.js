/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Activity_Filter_ContactInputs */

const en_activity_filter_contact = /** @type {(inputs: Activity_Filter_ContactInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Filter by contact`)
};

const de_activity_filter_contact = /** @type {(inputs: Activity_Filter_ContactInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nach Kontakt filtern`)
};

const fr_activity_filter_contact = /** @type {(inputs: Activity_Filter_ContactInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Filtrer par contact`)
};

/**
* | output |
* | --- |
* | "Filter by contact" |
*
* @param {Activity_Filter_ContactInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_filter_contact = /** @type {((inputs?: Activity_Filter_ContactInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Activity_Filter_ContactInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_activity_filter_contact(inputs)
	if (locale === "fr") return fr_activity_filter_contact(inputs)
	return en_activity_filter_contact(inputs)
});
/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Bulk_Change_All_ToInputs */

const en_bulk_change_all_to = /** @type {(inputs: Bulk_Change_All_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Change all of them to`)
};

const de_bulk_change_all_to = /** @type {(inputs: Bulk_Change_All_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alle ändern auf`)
};

const fr_bulk_change_all_to = /** @type {(inputs: Bulk_Change_All_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Les passer tous à`)
};

/**
* | output |
* | --- |
* | "Change all of them to" |
*
* @param {Bulk_Change_All_ToInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const bulk_change_all_to = /** @type {((inputs?: Bulk_Change_All_ToInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Bulk_Change_All_ToInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_bulk_change_all_to(inputs)
	if (locale === "fr") return fr_bulk_change_all_to(inputs)
	return en_bulk_change_all_to(inputs)
});
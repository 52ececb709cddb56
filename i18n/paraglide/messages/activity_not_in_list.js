/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Activity_Not_In_ListInputs */

const en_activity_not_in_list = /** @type {(inputs: Activity_Not_In_ListInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Not in your list`)
};

const de_activity_not_in_list = /** @type {(inputs: Activity_Not_In_ListInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nicht in Ihrer Liste`)
};

const fr_activity_not_in_list = /** @type {(inputs: Activity_Not_In_ListInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pas dans votre liste`)
};

/**
* | output |
* | --- |
* | "Not in your list" |
*
* @param {Activity_Not_In_ListInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_not_in_list = /** @type {((inputs?: Activity_Not_In_ListInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Activity_Not_In_ListInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_activity_not_in_list(inputs)
	if (locale === "fr") return fr_activity_not_in_list(inputs)
	return en_activity_not_in_list(inputs)
});
/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Groups_New_NameInputs */

const en_groups_new_name = /** @type {(inputs: Groups_New_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`New name`)
};

const de_groups_new_name = /** @type {(inputs: Groups_New_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Neuer Name`)
};

const fr_groups_new_name = /** @type {(inputs: Groups_New_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nouveau nom`)
};

/**
* | output |
* | --- |
* | "New name" |
*
* @param {Groups_New_NameInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_new_name = /** @type {((inputs?: Groups_New_NameInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Groups_New_NameInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_groups_new_name(inputs)
	if (locale === "fr") return fr_groups_new_name(inputs)
	return en_groups_new_name(inputs)
});
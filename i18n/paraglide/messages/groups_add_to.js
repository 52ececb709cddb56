/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Groups_Add_ToInputs */

const en_groups_add_to = /** @type {(inputs: Groups_Add_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Add to`)
};

const de_groups_add_to = /** @type {(inputs: Groups_Add_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hinzufügen zu`)
};

const fr_groups_add_to = /** @type {(inputs: Groups_Add_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ajouter à`)
};

/**
* | output |
* | --- |
* | "Add to" |
*
* @param {Groups_Add_ToInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_add_to = /** @type {((inputs?: Groups_Add_ToInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Groups_Add_ToInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_groups_add_to(inputs)
	if (locale === "fr") return fr_groups_add_to(inputs)
	return en_groups_add_to(inputs)
});
/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ name: NonNullable<unknown> }} Groups_AddInputs */

const en_groups_add = /** @type {(inputs: Groups_AddInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Add ${i?.name}`)
};

const de_groups_add = /** @type {(inputs: Groups_AddInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} hinzufügen`)
};

const fr_groups_add = /** @type {(inputs: Groups_AddInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Ajouter ${i?.name}`)
};

/**
* | output |
* | --- |
* | "Add {name}" |
*
* @param {Groups_AddInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_add = /** @type {((inputs: Groups_AddInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Groups_AddInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_groups_add(inputs)
	if (locale === "fr") return fr_groups_add(inputs)
	return en_groups_add(inputs)
});
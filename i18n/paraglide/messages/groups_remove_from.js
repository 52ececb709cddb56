/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ group: NonNullable<unknown> }} Groups_Remove_FromInputs */

const en_groups_remove_from = /** @type {(inputs: Groups_Remove_FromInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Remove from ${i?.group}`)
};

const de_groups_remove_from = /** @type {(inputs: Groups_Remove_FromInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Aus ${i?.group} entfernen`)
};

const fr_groups_remove_from = /** @type {(inputs: Groups_Remove_FromInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Retirer de ${i?.group}`)
};

/**
* | output |
* | --- |
* | "Remove from {group}" |
*
* @param {Groups_Remove_FromInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_remove_from = /** @type {((inputs: Groups_Remove_FromInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Groups_Remove_FromInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_groups_remove_from(inputs)
	if (locale === "fr") return fr_groups_remove_from(inputs)
	return en_groups_remove_from(inputs)
});
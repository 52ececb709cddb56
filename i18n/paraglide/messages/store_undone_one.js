/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ name: NonNullable<unknown>, level: NonNullable<unknown> }} Store_Undone_OneInputs */

const en_store_undone_one = /** @type {(inputs: Store_Undone_OneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Undone: ${i?.name} is back to ${i?.level}`)
};

const de_store_undone_one = /** @type {(inputs: Store_Undone_OneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Rückgängig gemacht: ${i?.name} ist wieder bei ${i?.level}`)
};

const fr_store_undone_one = /** @type {(inputs: Store_Undone_OneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Annulé : ${i?.name} est de nouveau à ${i?.level}`)
};

/**
* | output |
* | --- |
* | "Undone: {name} is back to {level}" |
*
* @param {Store_Undone_OneInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_undone_one = /** @type {((inputs: Store_Undone_OneInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Store_Undone_OneInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_store_undone_one(inputs)
	if (locale === "fr") return fr_store_undone_one(inputs)
	return en_store_undone_one(inputs)
});
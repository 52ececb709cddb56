/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ level: NonNullable<unknown> }} Store_AlreadyInputs */

const en_store_already = /** @type {(inputs: Store_AlreadyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Already ${i?.level}.`)
};

const de_store_already = /** @type {(inputs: Store_AlreadyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Bereits ${i?.level}.`)
};

const fr_store_already = /** @type {(inputs: Store_AlreadyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Déjà ${i?.level}.`)
};

/**
* | output |
* | --- |
* | "Already {level}." |
*
* @param {Store_AlreadyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_already = /** @type {((inputs: Store_AlreadyInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Store_AlreadyInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_store_already(inputs)
	if (locale === "fr") return fr_store_already(inputs)
	return en_store_already(inputs)
});
/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ name: NonNullable<unknown>, reason: NonNullable<unknown> }} Store_Not_Changed_OneInputs */

const en_store_not_changed_one = /** @type {(inputs: Store_Not_Changed_OneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} was not changed: ${i?.reason}`)
};

const de_store_not_changed_one = /** @type {(inputs: Store_Not_Changed_OneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} wurde nicht geändert: ${i?.reason}`)
};

const fr_store_not_changed_one = /** @type {(inputs: Store_Not_Changed_OneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} n’a pas été modifié : ${i?.reason}`)
};

/**
* | output |
* | --- |
* | "{name} was not changed: {reason}" |
*
* @param {Store_Not_Changed_OneInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_not_changed_one = /** @type {((inputs: Store_Not_Changed_OneInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Store_Not_Changed_OneInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_store_not_changed_one(inputs)
	if (locale === "fr") return fr_store_not_changed_one(inputs)
	return en_store_not_changed_one(inputs)
});
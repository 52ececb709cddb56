/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Store_Not_In_ListInputs */

const en_store_not_in_list = /** @type {(inputs: Store_Not_In_ListInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This contact is no longer in your list.`)
};

const de_store_not_in_list = /** @type {(inputs: Store_Not_In_ListInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dieser Kontakt ist nicht mehr in Ihrer Liste.`)
};

const fr_store_not_in_list = /** @type {(inputs: Store_Not_In_ListInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ce contact ne figure plus dans votre liste.`)
};

/**
* | output |
* | --- |
* | "This contact is no longer in your list." |
*
* @param {Store_Not_In_ListInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_not_in_list = /** @type {((inputs?: Store_Not_In_ListInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Store_Not_In_ListInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_store_not_in_list(inputs)
	if (locale === "fr") return fr_store_not_in_list(inputs)
	return en_store_not_in_list(inputs)
});
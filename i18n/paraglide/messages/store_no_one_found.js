/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ query: NonNullable<unknown> }} Store_No_One_FoundInputs */

const en_store_no_one_found = /** @type {(inputs: Store_No_One_FoundInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`No one found for “${i?.query}”.`)
};

const de_store_no_one_found = /** @type {(inputs: Store_No_One_FoundInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Niemand gefunden für „${i?.query}“.`)
};

const fr_store_no_one_found = /** @type {(inputs: Store_No_One_FoundInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Personne n’a été trouvé pour « ${i?.query} ».`)
};

/**
* | output |
* | --- |
* | "No one found for “{query}”." |
*
* @param {Store_No_One_FoundInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_no_one_found = /** @type {((inputs: Store_No_One_FoundInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Store_No_One_FoundInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_store_no_one_found(inputs)
	if (locale === "fr") return fr_store_no_one_found(inputs)
	return en_store_no_one_found(inputs)
});
/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Store_Removed_From_GroupInputs */

const en_store_removed_from_group = /** @type {(inputs: Store_Removed_From_GroupInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Removed from the group.`)
};

const de_store_removed_from_group = /** @type {(inputs: Store_Removed_From_GroupInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aus der Gruppe entfernt.`)
};

const fr_store_removed_from_group = /** @type {(inputs: Store_Removed_From_GroupInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Retiré du groupe.`)
};

/**
* | output |
* | --- |
* | "Removed from the group." |
*
* @param {Store_Removed_From_GroupInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_removed_from_group = /** @type {((inputs?: Store_Removed_From_GroupInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Store_Removed_From_GroupInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_store_removed_from_group(inputs)
	if (locale === "fr") return fr_store_removed_from_group(inputs)
	return en_store_removed_from_group(inputs)
});
/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Store_No_Level_BelowInputs */

const en_store_no_level_below = /** @type {(inputs: Store_No_Level_BelowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No level below.`)
};

const de_store_no_level_below = /** @type {(inputs: Store_No_Level_BelowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Keine niedrigere Stufe.`)
};

const fr_store_no_level_below = /** @type {(inputs: Store_No_Level_BelowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aucun niveau inférieur.`)
};

/**
* | output |
* | --- |
* | "No level below." |
*
* @param {Store_No_Level_BelowInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_no_level_below = /** @type {((inputs?: Store_No_Level_BelowInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Store_No_Level_BelowInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_store_no_level_below(inputs)
	if (locale === "fr") return fr_store_no_level_below(inputs)
	return en_store_no_level_below(inputs)
});
/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Store_RenamedInputs */

const en_store_renamed = /** @type {(inputs: Store_RenamedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Renamed.`)
};

const de_store_renamed = /** @type {(inputs: Store_RenamedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Umbenannt.`)
};

const fr_store_renamed = /** @type {(inputs: Store_RenamedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Renommé.`)
};

/**
* | output |
* | --- |
* | "Renamed." |
*
* @param {Store_RenamedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_renamed = /** @type {((inputs?: Store_RenamedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Store_RenamedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_store_renamed(inputs)
	if (locale === "fr") return fr_store_renamed(inputs)
	return en_store_renamed(inputs)
});
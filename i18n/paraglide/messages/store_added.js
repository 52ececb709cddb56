/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Store_AddedInputs */

const en_store_added = /** @type {(inputs: Store_AddedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Added.`)
};

const de_store_added = /** @type {(inputs: Store_AddedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hinzugefügt.`)
};

const fr_store_added = /** @type {(inputs: Store_AddedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ajouté.`)
};

/**
* | output |
* | --- |
* | "Added." |
*
* @param {Store_AddedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_added = /** @type {((inputs?: Store_AddedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Store_AddedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_store_added(inputs)
	if (locale === "fr") return fr_store_added(inputs)
	return en_store_added(inputs)
});
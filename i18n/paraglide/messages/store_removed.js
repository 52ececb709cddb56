/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Store_RemovedInputs */

const en_store_removed = /** @type {(inputs: Store_RemovedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Removed.`)
};

const de_store_removed = /** @type {(inputs: Store_RemovedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Entfernt.`)
};

const fr_store_removed = /** @type {(inputs: Store_RemovedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Retiré.`)
};

/**
* | output |
* | --- |
* | "Removed." |
*
* @param {Store_RemovedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_removed = /** @type {((inputs?: Store_RemovedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Store_RemovedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_store_removed(inputs)
	if (locale === "fr") return fr_store_removed(inputs)
	return en_store_removed(inputs)
});
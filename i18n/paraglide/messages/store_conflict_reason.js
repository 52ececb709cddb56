/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Store_Conflict_ReasonInputs */

const en_store_conflict_reason = /** @type {(inputs: Store_Conflict_ReasonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`it was changed from another device meanwhile.`)
};

const de_store_conflict_reason = /** @type {(inputs: Store_Conflict_ReasonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`er wurde inzwischen auf einem anderen Gerät geändert.`)
};

const fr_store_conflict_reason = /** @type {(inputs: Store_Conflict_ReasonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`il a été modifié entre-temps depuis un autre appareil.`)
};

/**
* | output |
* | --- |
* | "it was changed from another device meanwhile." |
*
* @param {Store_Conflict_ReasonInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_conflict_reason = /** @type {((inputs?: Store_Conflict_ReasonInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Store_Conflict_ReasonInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_store_conflict_reason(inputs)
	if (locale === "fr") return fr_store_conflict_reason(inputs)
	return en_store_conflict_reason(inputs)
});
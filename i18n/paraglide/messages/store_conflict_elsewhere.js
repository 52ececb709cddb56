/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ change: NonNullable<unknown> }} Store_Conflict_ElsewhereInputs */

const en_store_conflict_elsewhere = /** @type {(inputs: Store_Conflict_ElsewhereInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Not changed: changed from another device meanwhile. ${i?.change}.`)
};

const de_store_conflict_elsewhere = /** @type {(inputs: Store_Conflict_ElsewhereInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Nicht geändert: inzwischen auf einem anderen Gerät geändert. ${i?.change}.`)
};

const fr_store_conflict_elsewhere = /** @type {(inputs: Store_Conflict_ElsewhereInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Non modifié : modifié entre-temps depuis un autre appareil. ${i?.change}.`)
};

/**
* | output |
* | --- |
* | "Not changed: changed from another device meanwhile. {change}." |
*
* @param {Store_Conflict_ElsewhereInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_conflict_elsewhere = /** @type {((inputs: Store_Conflict_ElsewhereInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Store_Conflict_ElsewhereInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_store_conflict_elsewhere(inputs)
	if (locale === "fr") return fr_store_conflict_elsewhere(inputs)
	return en_store_conflict_elsewhere(inputs)
});
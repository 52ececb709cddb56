/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ reason: NonNullable<unknown> }} Store_Diagnostics_FailedInputs */

const en_store_diagnostics_failed = /** @type {(inputs: Store_Diagnostics_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Could not collect diagnostics: ${i?.reason}`)
};

const de_store_diagnostics_failed = /** @type {(inputs: Store_Diagnostics_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Die Diagnosedaten konnten nicht gesammelt werden: ${i?.reason}`)
};

const fr_store_diagnostics_failed = /** @type {(inputs: Store_Diagnostics_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Impossible de collecter les diagnostics : ${i?.reason}`)
};

/**
* | output |
* | --- |
* | "Could not collect diagnostics: {reason}" |
*
* @param {Store_Diagnostics_FailedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_diagnostics_failed = /** @type {((inputs: Store_Diagnostics_FailedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Store_Diagnostics_FailedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_store_diagnostics_failed(inputs)
	if (locale === "fr") return fr_store_diagnostics_failed(inputs)
	return en_store_diagnostics_failed(inputs)
});
/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ done: NonNullable<unknown>, failures: NonNullable<unknown> }} Store_With_FailuresInputs */

const en_store_with_failures = /** @type {(inputs: Store_With_FailuresInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.done}; ${i?.failures}`)
};

const de_store_with_failures = /** @type {(inputs: Store_With_FailuresInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.done}; ${i?.failures}`)
};

const fr_store_with_failures = /** @type {(inputs: Store_With_FailuresInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.done} ; ${i?.failures}`)
};

/**
* | output |
* | --- |
* | "{done}; {failures}" |
*
* @param {Store_With_FailuresInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_with_failures = /** @type {((inputs: Store_With_FailuresInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Store_With_FailuresInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_store_with_failures(inputs)
	if (locale === "fr") return fr_store_with_failures(inputs)
	return en_store_with_failures(inputs)
});
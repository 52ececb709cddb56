/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ why: NonNullable<unknown> }} Policy_Load_FailedInputs */

const en_policy_load_failed = /** @type {(inputs: Policy_Load_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The managed configuration could not be read: ${i?.why}`)
};

const de_policy_load_failed = /** @type {(inputs: Policy_Load_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Die verwaltete Konfiguration konnte nicht gelesen werden: ${i?.why}`)
};

const fr_policy_load_failed = /** @type {(inputs: Policy_Load_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La configuration gérée n’a pas pu être lue : ${i?.why}`)
};

/**
* | output |
* | --- |
* | "The managed configuration could not be read: {why}" |
*
* @param {Policy_Load_FailedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const policy_load_failed = /** @type {((inputs: Policy_Load_FailedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Policy_Load_FailedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_policy_load_failed(inputs)
	if (locale === "fr") return fr_policy_load_failed(inputs)
	return en_policy_load_failed(inputs)
});
/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Policy_Expects_FlagInputs */

const en_policy_expects_flag = /** @type {(inputs: Policy_Expects_FlagInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`true or false (1 or 0)`)
};

const de_policy_expects_flag = /** @type {(inputs: Policy_Expects_FlagInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`true oder false (1 oder 0)`)
};

const fr_policy_expects_flag = /** @type {(inputs: Policy_Expects_FlagInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`true ou false (1 ou 0)`)
};

/**
* | output |
* | --- |
* | "true or false (1 or 0)" |
*
* @param {Policy_Expects_FlagInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const policy_expects_flag = /** @type {((inputs?: Policy_Expects_FlagInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Policy_Expects_FlagInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_policy_expects_flag(inputs)
	if (locale === "fr") return fr_policy_expects_flag(inputs)
	return en_policy_expects_flag(inputs)
});
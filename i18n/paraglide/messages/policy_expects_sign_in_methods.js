/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ methods: NonNullable<unknown> }} Policy_Expects_Sign_In_MethodsInputs */

const en_policy_expects_sign_in_methods = /** @type {(inputs: Policy_Expects_Sign_In_MethodsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`a list of one or more of ${i?.methods}`)
};

const de_policy_expects_sign_in_methods = /** @type {(inputs: Policy_Expects_Sign_In_MethodsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`eine Liste mit einem oder mehreren von ${i?.methods}`)
};

const fr_policy_expects_sign_in_methods = /** @type {(inputs: Policy_Expects_Sign_In_MethodsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`une liste d’une ou plusieurs valeurs parmi ${i?.methods}`)
};

/**
* | output |
* | --- |
* | "a list of one or more of {methods}" |
*
* @param {Policy_Expects_Sign_In_MethodsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const policy_expects_sign_in_methods = /** @type {((inputs: Policy_Expects_Sign_In_MethodsInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Policy_Expects_Sign_In_MethodsInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_policy_expects_sign_in_methods(inputs)
	if (locale === "fr") return fr_policy_expects_sign_in_methods(inputs)
	return en_policy_expects_sign_in_methods(inputs)
});
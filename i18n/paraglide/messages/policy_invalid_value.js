/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ name: NonNullable<unknown>, source: NonNullable<unknown>, expects: NonNullable<unknown> }} Policy_Invalid_ValueInputs */

const en_policy_invalid_value = /** @type {(inputs: Policy_Invalid_ValueInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The policy ${i?.name} in ${i?.source} is ignored: it must be ${i?.expects}.`)
};

const de_policy_invalid_value = /** @type {(inputs: Policy_Invalid_ValueInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Die Richtlinie ${i?.name} in ${i?.source} wird ignoriert: Erlaubt ist ${i?.expects}.`)
};

const fr_policy_invalid_value = /** @type {(inputs: Policy_Invalid_ValueInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La stratégie ${i?.name} de ${i?.source} est ignorée : elle doit être ${i?.expects}.`)
};

/**
* | output |
* | --- |
* | "The policy {name} in {source} is ignored: it must be {expects}." |
*
* @param {Policy_Invalid_ValueInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const policy_invalid_value = /** @type {((inputs: Policy_Invalid_ValueInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Policy_Invalid_ValueInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_policy_invalid_value(inputs)
	if (locale === "fr") return fr_policy_invalid_value(inputs)
	return en_policy_invalid_value(inputs)
});
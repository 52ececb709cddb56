/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ source: NonNullable<unknown> }} Policy_Not_Named_ValuesInputs */

const en_policy_not_named_values = /** @type {(inputs: Policy_Not_Named_ValuesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The policy in ${i?.source} is ignored: it is not a set of named values.`)
};

const de_policy_not_named_values = /** @type {(inputs: Policy_Not_Named_ValuesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Die Richtlinie in ${i?.source} wird ignoriert: Sie ist keine Sammlung benannter Werte.`)
};

const fr_policy_not_named_values = /** @type {(inputs: Policy_Not_Named_ValuesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La stratégie de ${i?.source} est ignorée : ce n’est pas un ensemble de valeurs nommées.`)
};

/**
* | output |
* | --- |
* | "The policy in {source} is ignored: it is not a set of named values." |
*
* @param {Policy_Not_Named_ValuesInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const policy_not_named_values = /** @type {((inputs: Policy_Not_Named_ValuesInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Policy_Not_Named_ValuesInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_policy_not_named_values(inputs)
	if (locale === "fr") return fr_policy_not_named_values(inputs)
	return en_policy_not_named_values(inputs)
});
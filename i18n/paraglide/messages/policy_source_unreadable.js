/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ source: NonNullable<unknown>, why: NonNullable<unknown> }} Policy_Source_UnreadableInputs */

const en_policy_source_unreadable = /** @type {(inputs: Policy_Source_UnreadableInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The policy in ${i?.source} could not be read: ${i?.why}`)
};

const de_policy_source_unreadable = /** @type {(inputs: Policy_Source_UnreadableInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Die Richtlinie in ${i?.source} konnte nicht gelesen werden: ${i?.why}`)
};

const fr_policy_source_unreadable = /** @type {(inputs: Policy_Source_UnreadableInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La stratégie de ${i?.source} n’a pas pu être lue : ${i?.why}`)
};

/**
* | output |
* | --- |
* | "The policy in {source} could not be read: {why}" |
*
* @param {Policy_Source_UnreadableInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const policy_source_unreadable = /** @type {((inputs: Policy_Source_UnreadableInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Policy_Source_UnreadableInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_policy_source_unreadable(inputs)
	if (locale === "fr") return fr_policy_source_unreadable(inputs)
	return en_policy_source_unreadable(inputs)
});
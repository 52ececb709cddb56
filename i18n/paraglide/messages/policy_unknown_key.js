/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ name: NonNullable<unknown>, source: NonNullable<unknown> }} Policy_Unknown_KeyInputs */

const en_policy_unknown_key = /** @type {(inputs: Policy_Unknown_KeyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The policy ${i?.name} in ${i?.source} is not known and is ignored.`)
};

const de_policy_unknown_key = /** @type {(inputs: Policy_Unknown_KeyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Die Richtlinie ${i?.name} in ${i?.source} ist unbekannt und wird ignoriert.`)
};

const fr_policy_unknown_key = /** @type {(inputs: Policy_Unknown_KeyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La stratégie ${i?.name} de ${i?.source} est inconnue et ignorée.`)
};

/**
* | output |
* | --- |
* | "The policy {name} in {source} is not known and is ignored." |
*
* @param {Policy_Unknown_KeyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const policy_unknown_key = /** @type {((inputs: Policy_Unknown_KeyInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Policy_Unknown_KeyInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_policy_unknown_key(inputs)
	if (locale === "fr") return fr_policy_unknown_key(inputs)
	return en_policy_unknown_key(inputs)
});
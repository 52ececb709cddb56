/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ path: NonNullable<unknown>, kilobytes: NonNullable<unknown> }} Policy_File_Too_LargeInputs */

const en_policy_file_too_large = /** @type {(inputs: Policy_File_Too_LargeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The policy file ${i?.path} is ignored: it is larger than ${i?.kilobytes} KB.`)
};

const de_policy_file_too_large = /** @type {(inputs: Policy_File_Too_LargeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Die Richtliniendatei ${i?.path} wird ignoriert: Sie ist größer als ${i?.kilobytes} KB.`)
};

const fr_policy_file_too_large = /** @type {(inputs: Policy_File_Too_LargeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Le fichier de stratégie ${i?.path} est ignoré : il dépasse ${i?.kilobytes} Ko.`)
};

/**
* | output |
* | --- |
* | "The policy file {path} is ignored: it is larger than {kilobytes} KB." |
*
* @param {Policy_File_Too_LargeInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const policy_file_too_large = /** @type {((inputs: Policy_File_Too_LargeInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Policy_File_Too_LargeInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_policy_file_too_large(inputs)
	if (locale === "fr") return fr_policy_file_too_large(inputs)
	return en_policy_file_too_large(inputs)
});
/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ path: NonNullable<unknown> }} Policy_File_Not_JsonInputs */

const en_policy_file_not_json = /** @type {(inputs: Policy_File_Not_JsonInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The policy file ${i?.path} is ignored: it is not valid JSON.`)
};

const de_policy_file_not_json = /** @type {(inputs: Policy_File_Not_JsonInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Die Richtliniendatei ${i?.path} wird ignoriert: Sie ist kein gültiges JSON.`)
};

const fr_policy_file_not_json = /** @type {(inputs: Policy_File_Not_JsonInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Le fichier de stratégie ${i?.path} est ignoré : ce n’est pas du JSON valide.`)
};

/**
* | output |
* | --- |
* | "The policy file {path} is ignored: it is not valid JSON." |
*
* @param {Policy_File_Not_JsonInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const policy_file_not_json = /** @type {((inputs: Policy_File_Not_JsonInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Policy_File_Not_JsonInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_policy_file_not_json(inputs)
	if (locale === "fr") return fr_policy_file_not_json(inputs)
	return en_policy_file_not_json(inputs)
});
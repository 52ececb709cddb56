/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ path: NonNullable<unknown>, detail: NonNullable<unknown> }} Policy_File_Not_Json_DetailInputs */

const en_policy_file_not_json_detail = /** @type {(inputs: Policy_File_Not_Json_DetailInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The policy file ${i?.path} is ignored: it is not valid JSON: ${i?.detail}.`)
};

const de_policy_file_not_json_detail = /** @type {(inputs: Policy_File_Not_Json_DetailInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Die Richtliniendatei ${i?.path} wird ignoriert: Sie ist kein gültiges JSON: ${i?.detail}.`)
};

const fr_policy_file_not_json_detail = /** @type {(inputs: Policy_File_Not_Json_DetailInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Le fichier de stratégie ${i?.path} est ignoré : ce n’est pas du JSON valide : ${i?.detail}.`)
};

/**
* | output |
* | --- |
* | "The policy file {path} is ignored: it is not valid JSON: {detail}." |
*
* @param {Policy_File_Not_Json_DetailInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const policy_file_not_json_detail = /** @type {((inputs: Policy_File_Not_Json_DetailInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Policy_File_Not_Json_DetailInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_policy_file_not_json_detail(inputs)
	if (locale === "fr") return fr_policy_file_not_json_detail(inputs)
	return en_policy_file_not_json_detail(inputs)
});
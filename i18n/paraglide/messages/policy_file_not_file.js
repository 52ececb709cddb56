/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ path: NonNullable<unknown> }} Policy_File_Not_FileInputs */

const en_policy_file_not_file = /** @type {(inputs: Policy_File_Not_FileInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The policy file ${i?.path} is ignored: it is not a file.`)
};

const de_policy_file_not_file = /** @type {(inputs: Policy_File_Not_FileInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Die Richtliniendatei ${i?.path} wird ignoriert: Sie ist keine Datei.`)
};

const fr_policy_file_not_file = /** @type {(inputs: Policy_File_Not_FileInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Le fichier de stratégie ${i?.path} est ignoré : ce n’est pas un fichier.`)
};

/**
* | output |
* | --- |
* | "The policy file {path} is ignored: it is not a file." |
*
* @param {Policy_File_Not_FileInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const policy_file_not_file = /** @type {((inputs: Policy_File_Not_FileInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Policy_File_Not_FileInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_policy_file_not_file(inputs)
	if (locale === "fr") return fr_policy_file_not_file(inputs)
	return en_policy_file_not_file(inputs)
});
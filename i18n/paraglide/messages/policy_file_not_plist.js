/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ path: NonNullable<unknown> }} Policy_File_Not_PlistInputs */

const en_policy_file_not_plist = /** @type {(inputs: Policy_File_Not_PlistInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The policy file ${i?.path} is ignored: it is not a valid property list.`)
};

const de_policy_file_not_plist = /** @type {(inputs: Policy_File_Not_PlistInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Die Richtliniendatei ${i?.path} wird ignoriert: Sie ist keine gültige Property List.`)
};

const fr_policy_file_not_plist = /** @type {(inputs: Policy_File_Not_PlistInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Le fichier de stratégie ${i?.path} est ignoré : ce n’est pas une liste de propriétés valide.`)
};

/**
* | output |
* | --- |
* | "The policy file {path} is ignored: it is not a valid property list." |
*
* @param {Policy_File_Not_PlistInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const policy_file_not_plist = /** @type {((inputs: Policy_File_Not_PlistInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Policy_File_Not_PlistInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_policy_file_not_plist(inputs)
	if (locale === "fr") return fr_policy_file_not_plist(inputs)
	return en_policy_file_not_plist(inputs)
});
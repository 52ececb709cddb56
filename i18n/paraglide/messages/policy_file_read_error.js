/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ path: NonNullable<unknown>, code: NonNullable<unknown> }} Policy_File_Read_ErrorInputs */

const en_policy_file_read_error = /** @type {(inputs: Policy_File_Read_ErrorInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The policy file ${i?.path} is ignored: it could not be read (${i?.code}).`)
};

const de_policy_file_read_error = /** @type {(inputs: Policy_File_Read_ErrorInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Die Richtliniendatei ${i?.path} wird ignoriert: Sie konnte nicht gelesen werden (${i?.code}).`)
};

const fr_policy_file_read_error = /** @type {(inputs: Policy_File_Read_ErrorInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Le fichier de stratégie ${i?.path} est ignoré : il n’a pas pu être lu (${i?.code}).`)
};

/**
* | output |
* | --- |
* | "The policy file {path} is ignored: it could not be read ({code})." |
*
* @param {Policy_File_Read_ErrorInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const policy_file_read_error = /** @type {((inputs: Policy_File_Read_ErrorInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Policy_File_Read_ErrorInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_policy_file_read_error(inputs)
	if (locale === "fr") return fr_policy_file_read_error(inputs)
	return en_policy_file_read_error(inputs)
});
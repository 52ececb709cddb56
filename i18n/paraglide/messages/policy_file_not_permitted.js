/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ path: NonNullable<unknown> }} Policy_File_Not_PermittedInputs */

const en_policy_file_not_permitted = /** @type {(inputs: Policy_File_Not_PermittedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The policy file ${i?.path} is ignored: it may not be read.`)
};

const de_policy_file_not_permitted = /** @type {(inputs: Policy_File_Not_PermittedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Die Richtliniendatei ${i?.path} wird ignoriert: Sie darf nicht gelesen werden.`)
};

const fr_policy_file_not_permitted = /** @type {(inputs: Policy_File_Not_PermittedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Le fichier de stratégie ${i?.path} est ignoré : sa lecture n’est pas autorisée.`)
};

/**
* | output |
* | --- |
* | "The policy file {path} is ignored: it may not be read." |
*
* @param {Policy_File_Not_PermittedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const policy_file_not_permitted = /** @type {((inputs: Policy_File_Not_PermittedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Policy_File_Not_PermittedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_policy_file_not_permitted(inputs)
	if (locale === "fr") return fr_policy_file_not_permitted(inputs)
	return en_policy_file_not_permitted(inputs)
});
/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ name: NonNullable<unknown> }} Groups_RenameInputs */

const en_groups_rename = /** @type {(inputs: Groups_RenameInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Rename ${i?.name}`)
};

const de_groups_rename = /** @type {(inputs: Groups_RenameInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} umbenennen`)
};

const fr_groups_rename = /** @type {(inputs: Groups_RenameInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Renommer ${i?.name}`)
};

/**
* | output |
* | --- |
* | "Rename {name}" |
*
* @param {Groups_RenameInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_rename = /** @type {((inputs: Groups_RenameInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Groups_RenameInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_groups_rename(inputs)
	if (locale === "fr") return fr_groups_rename(inputs)
	return en_groups_rename(inputs)
});
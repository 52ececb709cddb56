/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Groups_Reading_MembersInputs */

const en_groups_reading_members = /** @type {(inputs: Groups_Reading_MembersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reading the members…`)
};

const de_groups_reading_members = /** @type {(inputs: Groups_Reading_MembersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mitglieder werden gelesen …`)
};

const fr_groups_reading_members = /** @type {(inputs: Groups_Reading_MembersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lecture des membres…`)
};

/**
* | output |
* | --- |
* | "Reading the members…" |
*
* @param {Groups_Reading_MembersInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_reading_members = /** @type {((inputs?: Groups_Reading_MembersInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Groups_Reading_MembersInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_groups_reading_members(inputs)
	if (locale === "fr") return fr_groups_reading_members(inputs)
	return en_groups_reading_members(inputs)
});
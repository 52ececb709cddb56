/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ error: NonNullable<unknown> }} Help_About_AbsentInputs */

const en_help_about_absent = /** @type {(inputs: Help_About_AbsentInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Could not read the version details: ${i?.error}`)
};

const de_help_about_absent = /** @type {(inputs: Help_About_AbsentInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Die Versionsangaben konnten nicht gelesen werden: ${i?.error}`)
};

const fr_help_about_absent = /** @type {(inputs: Help_About_AbsentInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Impossible de lire les détails de la version : ${i?.error}`)
};

/**
* | output |
* | --- |
* | "Could not read the version details: {error}" |
*
* @param {Help_About_AbsentInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_about_absent = /** @type {((inputs: Help_About_AbsentInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_About_AbsentInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_help_about_absent(inputs)
	if (locale === "fr") return fr_help_about_absent(inputs)
	return en_help_about_absent(inputs)
});
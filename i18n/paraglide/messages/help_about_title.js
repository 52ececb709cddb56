/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Help_About_TitleInputs */

const en_help_about_title = /** @type {(inputs: Help_About_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`About UCWA Tray`)
};

const de_help_about_title = /** @type {(inputs: Help_About_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Über UCWA Tray`)
};

const fr_help_about_title = /** @type {(inputs: Help_About_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`À propos de UCWA Tray`)
};

/**
* | output |
* | --- |
* | "About UCWA Tray" |
*
* @param {Help_About_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_about_title = /** @type {((inputs?: Help_About_TitleInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_About_TitleInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_help_about_title(inputs)
	if (locale === "fr") return fr_help_about_title(inputs)
	return en_help_about_title(inputs)
});
/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Help_Auto_TitleInputs */

const en_help_auto_title = /** @type {(inputs: Help_Auto_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Auto-assign relationship`)
};

const de_help_auto_title = /** @type {(inputs: Help_Auto_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Beziehung automatisch zuweisen`)
};

const fr_help_auto_title = /** @type {(inputs: Help_Auto_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Attribuer automatiquement la relation`)
};

/**
* | output |
* | --- |
* | "Auto-assign relationship" |
*
* @param {Help_Auto_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_auto_title = /** @type {((inputs?: Help_Auto_TitleInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_Auto_TitleInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_help_auto_title(inputs)
	if (locale === "fr") return fr_help_auto_title(inputs)
	return en_help_auto_title(inputs)
});
/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Help_Label_ColonInputs */

const en_help_label_colon = /** @type {(inputs: Help_Label_ColonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`:`)
};

const de_help_label_colon = /** @type {(inputs: Help_Label_ColonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`:`)
};

const fr_help_label_colon = /** @type {(inputs: Help_Label_ColonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (` :`)
};

/**
* | output |
* | --- |
* | ":" |
*
* @param {Help_Label_ColonInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_label_colon = /** @type {((inputs?: Help_Label_ColonInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_Label_ColonInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_help_label_colon(inputs)
	if (locale === "fr") return fr_help_label_colon(inputs)
	return en_help_label_colon(inputs)
});
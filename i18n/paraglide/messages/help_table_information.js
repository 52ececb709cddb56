/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Help_Table_InformationInputs */

const en_help_table_information = /** @type {(inputs: Help_Table_InformationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Information`)
};

const de_help_table_information = /** @type {(inputs: Help_Table_InformationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Information`)
};

const fr_help_table_information = /** @type {(inputs: Help_Table_InformationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Information`)
};

/**
* | output |
* | --- |
* | "Information" |
*
* @param {Help_Table_InformationInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_table_information = /** @type {((inputs?: Help_Table_InformationInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_Table_InformationInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_help_table_information(inputs)
	if (locale === "fr") return fr_help_table_information(inputs)
	return en_help_table_information(inputs)
});
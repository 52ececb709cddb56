/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Help_Table_CaptionInputs */

const en_help_table_caption = /** @type {(inputs: Help_Table_CaptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Who sees each piece of your information`)
};

const de_help_table_caption = /** @type {(inputs: Help_Table_CaptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wer welche Ihrer Informationen sieht`)
};

const fr_help_table_caption = /** @type {(inputs: Help_Table_CaptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Qui voit chacune de vos informations`)
};

/**
* | output |
* | --- |
* | "Who sees each piece of your information" |
*
* @param {Help_Table_CaptionInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_table_caption = /** @type {((inputs?: Help_Table_CaptionInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_Table_CaptionInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_help_table_caption(inputs)
	if (locale === "fr") return fr_help_table_caption(inputs)
	return en_help_table_caption(inputs)
});
/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Help_Trouble_TitleInputs */

const en_help_trouble_title = /** @type {(inputs: Help_Trouble_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Troubleshooting`)
};

const de_help_trouble_title = /** @type {(inputs: Help_Trouble_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fehlerbehebung`)
};

const fr_help_trouble_title = /** @type {(inputs: Help_Trouble_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dépannage`)
};

/**
* | output |
* | --- |
* | "Troubleshooting" |
*
* @param {Help_Trouble_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_trouble_title = /** @type {((inputs?: Help_Trouble_TitleInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_Trouble_TitleInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_help_trouble_title(inputs)
	if (locale === "fr") return fr_help_trouble_title(inputs)
	return en_help_trouble_title(inputs)
});
/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Help_Built_OnInputs */

const en_help_built_on = /** @type {(inputs: Help_Built_OnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Built on`)
};

const de_help_built_on = /** @type {(inputs: Help_Built_OnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Basiert auf`)
};

const fr_help_built_on = /** @type {(inputs: Help_Built_OnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Construit avec`)
};

/**
* | output |
* | --- |
* | "Built on" |
*
* @param {Help_Built_OnInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_built_on = /** @type {((inputs?: Help_Built_OnInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_Built_OnInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_help_built_on(inputs)
	if (locale === "fr") return fr_help_built_on(inputs)
	return en_help_built_on(inputs)
});
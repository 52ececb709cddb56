/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Format_Step_DiscoveringInputs */

const en_format_step_discovering = /** @type {(inputs: Format_Step_DiscoveringInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Finding the server`)
};

const de_format_step_discovering = /** @type {(inputs: Format_Step_DiscoveringInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Server wird gesucht`)
};

const fr_format_step_discovering = /** @type {(inputs: Format_Step_DiscoveringInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Recherche du serveur`)
};

/**
* | output |
* | --- |
* | "Finding the server" |
*
* @param {Format_Step_DiscoveringInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const format_step_discovering = /** @type {((inputs?: Format_Step_DiscoveringInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Step_DiscoveringInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_format_step_discovering(inputs)
	if (locale === "fr") return fr_format_step_discovering(inputs)
	return en_format_step_discovering(inputs)
});
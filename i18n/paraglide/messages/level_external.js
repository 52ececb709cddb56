/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Level_ExternalInputs */

const en_level_external = /** @type {(inputs: Level_ExternalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`External Contacts`)
};

const de_level_external = /** @type {(inputs: Level_ExternalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Externe Kontakte`)
};

const fr_level_external = /** @type {(inputs: Level_ExternalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Contacts externes`)
};

/**
* | output |
* | --- |
* | "External Contacts" |
*
* @param {Level_ExternalInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const level_external = /** @type {((inputs?: Level_ExternalInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Level_ExternalInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_level_external(inputs)
	if (locale === "fr") return fr_level_external(inputs)
	return en_level_external(inputs)
});
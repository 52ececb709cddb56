/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Help_Stores_Last_NameInputs */

const en_help_stores_last_name = /** @type {(inputs: Help_Stores_Last_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The level each contact last had`)
};

const de_help_stores_last_name = /** @type {(inputs: Help_Stores_Last_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die letzte Stufe jedes Kontakts`)
};

const fr_help_stores_last_name = /** @type {(inputs: Help_Stores_Last_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le dernier niveau de chaque contact`)
};

/**
* | output |
* | --- |
* | "The level each contact last had" |
*
* @param {Help_Stores_Last_NameInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_stores_last_name = /** @type {((inputs?: Help_Stores_Last_NameInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_Stores_Last_NameInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_help_stores_last_name(inputs)
	if (locale === "fr") return fr_help_stores_last_name(inputs)
	return en_help_stores_last_name(inputs)
});
/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Cli_Type_ValuesInputs */

const en_cli_type_values = /** @type {(inputs: Cli_Type_ValuesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`--type must be json or xml`)
};

const de_cli_type_values = /** @type {(inputs: Cli_Type_ValuesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`--type muss json oder xml sein`)
};

const fr_cli_type_values = /** @type {(inputs: Cli_Type_ValuesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`--type doit être json ou xml`)
};

/**
* | output |
* | --- |
* | "--type must be json or xml" |
*
* @param {Cli_Type_ValuesInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_type_values = /** @type {((inputs?: Cli_Type_ValuesInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Type_ValuesInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_cli_type_values(inputs)
	if (locale === "fr") return fr_cli_type_values(inputs)
	return en_cli_type_values(inputs)
});
/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Cli_Format_ValuesInputs */

const en_cli_format_values = /** @type {(inputs: Cli_Format_ValuesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`--format must be json or xml`)
};

const de_cli_format_values = /** @type {(inputs: Cli_Format_ValuesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`--format muss json oder xml sein`)
};

const fr_cli_format_values = /** @type {(inputs: Cli_Format_ValuesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`--format doit être json ou xml`)
};

/**
* | output |
* | --- |
* | "--format must be json or xml" |
*
* @param {Cli_Format_ValuesInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_format_values = /** @type {((inputs?: Cli_Format_ValuesInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Format_ValuesInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_cli_format_values(inputs)
	if (locale === "fr") return fr_cli_format_values(inputs)
	return en_cli_format_values(inputs)
});
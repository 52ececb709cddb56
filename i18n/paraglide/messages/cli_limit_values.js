/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Cli_Limit_ValuesInputs */

const en_cli_limit_values = /** @type {(inputs: Cli_Limit_ValuesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`--limit must be a number from 1 to 100`)
};

const de_cli_limit_values = /** @type {(inputs: Cli_Limit_ValuesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`--limit muss eine Zahl von 1 bis 100 sein`)
};

const fr_cli_limit_values = /** @type {(inputs: Cli_Limit_ValuesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`--limit doit être un nombre de 1 à 100`)
};

/**
* | output |
* | --- |
* | "--limit must be a number from 1 to 100" |
*
* @param {Cli_Limit_ValuesInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_limit_values = /** @type {((inputs?: Cli_Limit_ValuesInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Limit_ValuesInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_cli_limit_values(inputs)
	if (locale === "fr") return fr_cli_limit_values(inputs)
	return en_cli_limit_values(inputs)
});
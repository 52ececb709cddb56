/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Cli_Format_ValuesInputs */

const en_cli_format_values = /** @type {(inputs: Cli_Format_ValuesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`--format must be json or xml`)
};

/**
* | output |
* | --- |
* | "--format must be json or xml" |
*
* @param {Cli_Format_ValuesInputs} inputs
* @param {{ locale?: "en" }} options
* @returns {LocalizedString}
*/
export const cli_format_values = /** @type {((inputs?: Cli_Format_ValuesInputs, options?: { locale?: "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Format_ValuesInputs, { locale?: "en" }, {}>} */ ((inputs = {}, options = {}) => {
	experimentalStaticLocale ?? options.locale ?? getLocale()
	return en_cli_format_values(inputs)
});
/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Cli_Type_ValuesInputs */

const en_cli_type_values = /** @type {(inputs: Cli_Type_ValuesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`--type must be json or xml`)
};

/**
* | output |
* | --- |
* | "--type must be json or xml" |
*
* @param {Cli_Type_ValuesInputs} inputs
* @param {{ locale?: "en" }} options
* @returns {LocalizedString}
*/
export const cli_type_values = /** @type {((inputs?: Cli_Type_ValuesInputs, options?: { locale?: "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Type_ValuesInputs, { locale?: "en" }, {}>} */ ((inputs = {}, options = {}) => {
	experimentalStaticLocale ?? options.locale ?? getLocale()
	return en_cli_type_values(inputs)
});
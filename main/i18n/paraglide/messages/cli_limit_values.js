/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Cli_Limit_ValuesInputs */

const en_cli_limit_values = /** @type {(inputs: Cli_Limit_ValuesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`--limit must be a number from 1 to 100`)
};

/**
* | output |
* | --- |
* | "--limit must be a number from 1 to 100" |
*
* @param {Cli_Limit_ValuesInputs} inputs
* @param {{ locale?: "en" }} options
* @returns {LocalizedString}
*/
export const cli_limit_values = /** @type {((inputs?: Cli_Limit_ValuesInputs, options?: { locale?: "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Limit_ValuesInputs, { locale?: "en" }, {}>} */ ((inputs = {}, options = {}) => {
	experimentalStaticLocale ?? options.locale ?? getLocale()
	return en_cli_limit_values(inputs)
});
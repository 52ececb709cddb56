/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ levels: NonNullable<unknown> }} Cli_Level_ValuesInputs */

const en_cli_level_values = /** @type {(inputs: Cli_Level_ValuesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`LEVEL must be one of ${i?.levels}`)
};

/**
* | output |
* | --- |
* | "LEVEL must be one of {levels}" |
*
* @param {Cli_Level_ValuesInputs} inputs
* @param {{ locale?: "en" }} options
* @returns {LocalizedString}
*/
export const cli_level_values = /** @type {((inputs: Cli_Level_ValuesInputs, options?: { locale?: "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Level_ValuesInputs, { locale?: "en" }, {}>} */ ((inputs, options = {}) => {
	experimentalStaticLocale ?? options.locale ?? getLocale()
	return en_cli_level_values(inputs)
});
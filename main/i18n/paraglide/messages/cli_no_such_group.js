/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ group: NonNullable<unknown> }} Cli_No_Such_GroupInputs */

const en_cli_no_such_group = /** @type {(inputs: Cli_No_Such_GroupInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`there is no group "${i?.group}"`)
};

/**
* | output |
* | --- |
* | "there is no group \"{group}\"" |
*
* @param {Cli_No_Such_GroupInputs} inputs
* @param {{ locale?: "en" }} options
* @returns {LocalizedString}
*/
export const cli_no_such_group = /** @type {((inputs: Cli_No_Such_GroupInputs, options?: { locale?: "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_No_Such_GroupInputs, { locale?: "en" }, {}>} */ ((inputs, options = {}) => {
	experimentalStaticLocale ?? options.locale ?? getLocale()
	return en_cli_no_such_group(inputs)
});
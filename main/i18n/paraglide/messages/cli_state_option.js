/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Cli_State_OptionInputs */

const en_cli_state_option = /** @type {(inputs: Cli_State_OptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`--state needs a file name`)
};

/**
* | output |
* | --- |
* | "--state needs a file name" |
*
* @param {Cli_State_OptionInputs} inputs
* @param {{ locale?: "en" }} options
* @returns {LocalizedString}
*/
export const cli_state_option = /** @type {((inputs?: Cli_State_OptionInputs, options?: { locale?: "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_State_OptionInputs, { locale?: "en" }, {}>} */ ((inputs = {}, options = {}) => {
	experimentalStaticLocale ?? options.locale ?? getLocale()
	return en_cli_state_option(inputs)
});
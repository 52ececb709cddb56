/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Cli_CommandsInputs */

const en_cli_commands = /** @type {(inputs: Cli_CommandsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`commands:`)
};

/**
* | output |
* | --- |
* | "commands:" |
*
* @param {Cli_CommandsInputs} inputs
* @param {{ locale?: "en" }} options
* @returns {LocalizedString}
*/
export const cli_commands = /** @type {((inputs?: Cli_CommandsInputs, options?: { locale?: "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_CommandsInputs, { locale?: "en" }, {}>} */ ((inputs = {}, options = {}) => {
	experimentalStaticLocale ?? options.locale ?? getLocale()
	return en_cli_commands(inputs)
});
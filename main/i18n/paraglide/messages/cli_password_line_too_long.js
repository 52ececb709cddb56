/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Cli_Password_Line_Too_LongInputs */

const en_cli_password_line_too_long = /** @type {(inputs: Cli_Password_Line_Too_LongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the first line of standard input is too long`)
};

/**
* | output |
* | --- |
* | "the first line of standard input is too long" |
*
* @param {Cli_Password_Line_Too_LongInputs} inputs
* @param {{ locale?: "en" }} options
* @returns {LocalizedString}
*/
export const cli_password_line_too_long = /** @type {((inputs?: Cli_Password_Line_Too_LongInputs, options?: { locale?: "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Password_Line_Too_LongInputs, { locale?: "en" }, {}>} */ ((inputs = {}, options = {}) => {
	experimentalStaticLocale ?? options.locale ?? getLocale()
	return en_cli_password_line_too_long(inputs)
});
/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ reason: NonNullable<unknown> }} Cli_Password_UnreadableInputs */

const en_cli_password_unreadable = /** @type {(inputs: Cli_Password_UnreadableInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`the password could not be read: ${i?.reason}`)
};

/**
* | output |
* | --- |
* | "the password could not be read: {reason}" |
*
* @param {Cli_Password_UnreadableInputs} inputs
* @param {{ locale?: "en" }} options
* @returns {LocalizedString}
*/
export const cli_password_unreadable = /** @type {((inputs: Cli_Password_UnreadableInputs, options?: { locale?: "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Password_UnreadableInputs, { locale?: "en" }, {}>} */ ((inputs, options = {}) => {
	experimentalStaticLocale ?? options.locale ?? getLocale()
	return en_cli_password_unreadable(inputs)
});
/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Cli_No_PasswordInputs */

const en_cli_no_password = /** @type {(inputs: Cli_No_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`no password: use --password-stdin or set UCWA_PASSWORD`)
};

/**
* | output |
* | --- |
* | "no password: use --password-stdin or set UCWA_PASSWORD" |
*
* @param {Cli_No_PasswordInputs} inputs
* @param {{ locale?: "en" }} options
* @returns {LocalizedString}
*/
export const cli_no_password = /** @type {((inputs?: Cli_No_PasswordInputs, options?: { locale?: "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_No_PasswordInputs, { locale?: "en" }, {}>} */ ((inputs = {}, options = {}) => {
	experimentalStaticLocale ?? options.locale ?? getLocale()
	return en_cli_no_password(inputs)
});
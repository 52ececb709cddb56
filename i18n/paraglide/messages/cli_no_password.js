/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Cli_No_PasswordInputs */

const en_cli_no_password = /** @type {(inputs: Cli_No_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`no password: use --password-stdin or set UCWA_PASSWORD`)
};

const de_cli_no_password = /** @type {(inputs: Cli_No_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`kein Passwort: --password-stdin verwenden oder UCWA_PASSWORD setzen`)
};

const fr_cli_no_password = /** @type {(inputs: Cli_No_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`pas de mot de passe : utilisez --password-stdin ou définissez UCWA_PASSWORD`)
};

/**
* | output |
* | --- |
* | "no password: use --password-stdin or set UCWA_PASSWORD" |
*
* @param {Cli_No_PasswordInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_no_password = /** @type {((inputs?: Cli_No_PasswordInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_No_PasswordInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_cli_no_password(inputs)
	if (locale === "fr") return fr_cli_no_password(inputs)
	return en_cli_no_password(inputs)
});
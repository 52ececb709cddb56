/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Cli_Password_CancelledInputs */

const en_cli_password_cancelled = /** @type {(inputs: Cli_Password_CancelledInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`cancelled`)
};

const de_cli_password_cancelled = /** @type {(inputs: Cli_Password_CancelledInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`abgebrochen`)
};

const fr_cli_password_cancelled = /** @type {(inputs: Cli_Password_CancelledInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`annulé`)
};

/**
* | output |
* | --- |
* | "cancelled" |
*
* @param {Cli_Password_CancelledInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_password_cancelled = /** @type {((inputs?: Cli_Password_CancelledInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Password_CancelledInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_cli_password_cancelled(inputs)
	if (locale === "fr") return fr_cli_password_cancelled(inputs)
	return en_cli_password_cancelled(inputs)
});
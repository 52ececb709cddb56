/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ reason: NonNullable<unknown> }} Cli_Password_UnreadableInputs */

const en_cli_password_unreadable = /** @type {(inputs: Cli_Password_UnreadableInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`the password could not be read: ${i?.reason}`)
};

const de_cli_password_unreadable = /** @type {(inputs: Cli_Password_UnreadableInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`das Passwort konnte nicht gelesen werden: ${i?.reason}`)
};

const fr_cli_password_unreadable = /** @type {(inputs: Cli_Password_UnreadableInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`le mot de passe n’a pas pu être lu : ${i?.reason}`)
};

/**
* | output |
* | --- |
* | "the password could not be read: {reason}" |
*
* @param {Cli_Password_UnreadableInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_password_unreadable = /** @type {((inputs: Cli_Password_UnreadableInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Password_UnreadableInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_cli_password_unreadable(inputs)
	if (locale === "fr") return fr_cli_password_unreadable(inputs)
	return en_cli_password_unreadable(inputs)
});
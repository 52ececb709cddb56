/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Cli_Password_NoteInputs */

const en_cli_password_note = /** @type {(inputs: Cli_Password_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Passwords are read from standard input (--password-stdin: typed without echo at a terminal, else the first line) or the UCWA_PASSWORD environment variable, never from arguments. --verbose prints the protocol log, redacted, on stderr.`)
};

/** @type {(inputs: Cli_Password_NoteInputs) => LocalizedString} */
const de_cli_password_note = en_cli_password_note;

/** @type {(inputs: Cli_Password_NoteInputs) => LocalizedString} */
const fr_cli_password_note = en_cli_password_note;

/**
* | output |
* | --- |
* | "Passwords are read from standard input (--password-stdin: typed without echo at a terminal, else the first line) or the UCWA_PASSWORD environment variable, n..." |
*
* @param {Cli_Password_NoteInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_password_note = /** @type {((inputs?: Cli_Password_NoteInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Password_NoteInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_cli_password_note(inputs)
	if (locale === "fr") return fr_cli_password_note(inputs)
	return en_cli_password_note(inputs)
});
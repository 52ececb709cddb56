/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Cli_Password_NoteInputs */

const en_cli_password_note = /** @type {(inputs: Cli_Password_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Passwords are read from standard input (--password-stdin: typed without echo at a terminal, else the first line) or the UCWA_PASSWORD environment variable, never from arguments. --verbose prints the protocol log, redacted, on stderr.`)
};

const de_cli_password_note = /** @type {(inputs: Cli_Password_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Passwörter werden von der Standardeingabe gelesen (--password-stdin: im Terminal ohne Echo eingegeben, sonst die erste Zeile) oder aus der Umgebungsvariablen UCWA_PASSWORD, nie aus Argumenten. --verbose gibt das Protokoll-Log geschwärzt auf stderr aus.`)
};

const fr_cli_password_note = /** @type {(inputs: Cli_Password_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Les mots de passe sont lus sur l’entrée standard (--password-stdin : saisis sans écho dans un terminal, sinon la première ligne) ou dans la variable d’environnement UCWA_PASSWORD, jamais dans les arguments. --verbose affiche le journal du protocole, expurgé, sur stderr.`)
};

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
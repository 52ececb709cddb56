/**
* | output |
* | --- |
* | "Passwords are read from standard input (--password-stdin: typed without echo at a terminal, else the first line) or the UCWA_PASSWORD environment variable, n..." |
*
* @param {Cli_Password_NoteInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_password_note: ((inputs?: Cli_Password_NoteInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_Password_NoteInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Cli_Password_NoteInputs = {};

/**
* | output |
* | --- |
* | "the first line of standard input is too long" |
*
* @param {Cli_Password_Line_Too_LongInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_password_line_too_long: ((inputs?: Cli_Password_Line_Too_LongInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_Password_Line_Too_LongInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Cli_Password_Line_Too_LongInputs = {};

/**
* | output |
* | --- |
* | "no password: use --password-stdin or set UCWA_PASSWORD" |
*
* @param {Cli_No_PasswordInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_no_password: ((inputs?: Cli_No_PasswordInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_No_PasswordInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Cli_No_PasswordInputs = {};

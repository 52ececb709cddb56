/**
* | output |
* | --- |
* | "no password: use --password-stdin or set UCWA_PASSWORD" |
*
* @param {Cli_No_PasswordInputs} inputs
* @param {{ locale?: "en" }} options
* @returns {LocalizedString}
*/
export const cli_no_password: ((inputs?: Cli_No_PasswordInputs, options?: {
    locale?: "en";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_No_PasswordInputs, {
    locale?: "en";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Cli_No_PasswordInputs = {};

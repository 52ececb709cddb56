/**
* | output |
* | --- |
* | "cancelled" |
*
* @param {Cli_Password_CancelledInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_password_cancelled: ((inputs?: Cli_Password_CancelledInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_Password_CancelledInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Cli_Password_CancelledInputs = {};

/**
* | output |
* | --- |
* | "the password could not be read: {reason}" |
*
* @param {Cli_Password_UnreadableInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_password_unreadable: ((inputs: Cli_Password_UnreadableInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_Password_UnreadableInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Cli_Password_UnreadableInputs = {
    reason: NonNullable<unknown>;
};

/**
* | output |
* | --- |
* | "Password:" |
*
* @param {Cli_Password_PromptInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_password_prompt: ((inputs?: Cli_Password_PromptInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_Password_PromptInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Cli_Password_PromptInputs = {};

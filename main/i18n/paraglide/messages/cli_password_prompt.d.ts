/**
* | output |
* | --- |
* | "Password:" |
*
* @param {Cli_Password_PromptInputs} inputs
* @param {{ locale?: "en" }} options
* @returns {LocalizedString}
*/
export const cli_password_prompt: ((inputs?: Cli_Password_PromptInputs, options?: {
    locale?: "en";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_Password_PromptInputs, {
    locale?: "en";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Cli_Password_PromptInputs = {};

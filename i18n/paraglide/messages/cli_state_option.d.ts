/**
* | output |
* | --- |
* | "--state needs a file name" |
*
* @param {Cli_State_OptionInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_state_option: ((inputs?: Cli_State_OptionInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_State_OptionInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Cli_State_OptionInputs = {};

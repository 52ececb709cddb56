/**
* | output |
* | --- |
* | "--state needs a file name" |
*
* @param {Cli_State_OptionInputs} inputs
* @param {{ locale?: "en" }} options
* @returns {LocalizedString}
*/
export const cli_state_option: ((inputs?: Cli_State_OptionInputs, options?: {
    locale?: "en";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_State_OptionInputs, {
    locale?: "en";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Cli_State_OptionInputs = {};

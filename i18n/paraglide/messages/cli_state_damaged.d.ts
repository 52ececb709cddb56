/**
* | output |
* | --- |
* | "the state file {path} could not be read, so nothing is compared this time; it is written again from now on" |
*
* @param {Cli_State_DamagedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_state_damaged: ((inputs: Cli_State_DamagedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_State_DamagedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Cli_State_DamagedInputs = {
    path: NonNullable<unknown>;
};

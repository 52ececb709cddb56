/**
* | output |
* | --- |
* | "the state file {path} could not be read, so nothing is compared this time; it is written again from now on" |
*
* @param {Cli_State_DamagedInputs} inputs
* @param {{ locale?: "en" }} options
* @returns {LocalizedString}
*/
export const cli_state_damaged: ((inputs: Cli_State_DamagedInputs, options?: {
    locale?: "en";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_State_DamagedInputs, {
    locale?: "en";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Cli_State_DamagedInputs = {
    path: NonNullable<unknown>;
};

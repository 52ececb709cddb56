/**
* | output |
* | --- |
* | "there is no group \"{group}\"" |
*
* @param {Cli_No_Such_GroupInputs} inputs
* @param {{ locale?: "en" }} options
* @returns {LocalizedString}
*/
export const cli_no_such_group: ((inputs: Cli_No_Such_GroupInputs, options?: {
    locale?: "en";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_No_Such_GroupInputs, {
    locale?: "en";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Cli_No_Such_GroupInputs = {
    group: NonNullable<unknown>;
};

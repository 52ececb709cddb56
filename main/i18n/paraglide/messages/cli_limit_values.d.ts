/**
* | output |
* | --- |
* | "--limit must be a number from 1 to 100" |
*
* @param {Cli_Limit_ValuesInputs} inputs
* @param {{ locale?: "en" }} options
* @returns {LocalizedString}
*/
export const cli_limit_values: ((inputs?: Cli_Limit_ValuesInputs, options?: {
    locale?: "en";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_Limit_ValuesInputs, {
    locale?: "en";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Cli_Limit_ValuesInputs = {};

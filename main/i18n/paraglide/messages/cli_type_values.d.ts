/**
* | output |
* | --- |
* | "--type must be json or xml" |
*
* @param {Cli_Type_ValuesInputs} inputs
* @param {{ locale?: "en" }} options
* @returns {LocalizedString}
*/
export const cli_type_values: ((inputs?: Cli_Type_ValuesInputs, options?: {
    locale?: "en";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_Type_ValuesInputs, {
    locale?: "en";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Cli_Type_ValuesInputs = {};

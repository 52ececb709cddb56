/**
* | output |
* | --- |
* | "--type must be json or xml" |
*
* @param {Cli_Type_ValuesInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_type_values: ((inputs?: Cli_Type_ValuesInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_Type_ValuesInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Cli_Type_ValuesInputs = {};

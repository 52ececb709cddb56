/**
* | output |
* | --- |
* | "--format must be json or xml" |
*
* @param {Cli_Format_ValuesInputs} inputs
* @param {{ locale?: "en" }} options
* @returns {LocalizedString}
*/
export const cli_format_values: ((inputs?: Cli_Format_ValuesInputs, options?: {
    locale?: "en";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_Format_ValuesInputs, {
    locale?: "en";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Cli_Format_ValuesInputs = {};

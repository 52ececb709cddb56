/**
* | output |
* | --- |
* | "--format must be json or xml" |
*
* @param {Cli_Format_ValuesInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_format_values: ((inputs?: Cli_Format_ValuesInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_Format_ValuesInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Cli_Format_ValuesInputs = {};

/**
* | output |
* | --- |
* | "LEVEL must be one of {levels}" |
*
* @param {Cli_Level_ValuesInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_level_values: ((inputs: Cli_Level_ValuesInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_Level_ValuesInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Cli_Level_ValuesInputs = {
    levels: NonNullable<unknown>;
};

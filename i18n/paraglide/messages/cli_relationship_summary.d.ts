/**
* | output |
* | --- |
* | "read, change or reset one level" |
*
* @param {Cli_Relationship_SummaryInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_relationship_summary: ((inputs?: Cli_Relationship_SummaryInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_Relationship_SummaryInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Cli_Relationship_SummaryInputs = {};

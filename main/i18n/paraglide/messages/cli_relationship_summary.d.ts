/**
* | output |
* | --- |
* | "read, change or reset one level" |
*
* @param {Cli_Relationship_SummaryInputs} inputs
* @param {{ locale?: "en" }} options
* @returns {LocalizedString}
*/
export const cli_relationship_summary: ((inputs?: Cli_Relationship_SummaryInputs, options?: {
    locale?: "en";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_Relationship_SummaryInputs, {
    locale?: "en";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Cli_Relationship_SummaryInputs = {};

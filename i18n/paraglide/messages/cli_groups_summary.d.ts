/**
* | output |
* | --- |
* | "list, create, rename or delete contact groups" |
*
* @param {Cli_Groups_SummaryInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_groups_summary: ((inputs?: Cli_Groups_SummaryInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_Groups_SummaryInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Cli_Groups_SummaryInputs = {};

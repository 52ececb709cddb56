/**
* | output |
* | --- |
* | "find people, add them to a group, take them out of one or all" |
*
* @param {Cli_Contacts_SummaryInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_contacts_summary: ((inputs?: Cli_Contacts_SummaryInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_Contacts_SummaryInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Cli_Contacts_SummaryInputs = {};

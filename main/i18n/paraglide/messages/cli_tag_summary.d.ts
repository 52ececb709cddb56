/**
* | output |
* | --- |
* | "tag contacts for status-change alerts, untag them, list who is tagged" |
*
* @param {Cli_Tag_SummaryInputs} inputs
* @param {{ locale?: "en" }} options
* @returns {LocalizedString}
*/
export const cli_tag_summary: ((inputs?: Cli_Tag_SummaryInputs, options?: {
    locale?: "en";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_Tag_SummaryInputs, {
    locale?: "en";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Cli_Tag_SummaryInputs = {};

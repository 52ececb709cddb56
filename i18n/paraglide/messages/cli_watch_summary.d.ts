/**
* | output |
* | --- |
* | "sign in and stream NDJSON events" |
*
* @param {Cli_Watch_SummaryInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_watch_summary: ((inputs?: Cli_Watch_SummaryInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_Watch_SummaryInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Cli_Watch_SummaryInputs = {};

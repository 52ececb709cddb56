/**
* | output |
* | --- |
* | "sign in and stream NDJSON events" |
*
* @param {Cli_Watch_SummaryInputs} inputs
* @param {{ locale?: "en" }} options
* @returns {LocalizedString}
*/
export const cli_watch_summary: ((inputs?: Cli_Watch_SummaryInputs, options?: {
    locale?: "en";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_Watch_SummaryInputs, {
    locale?: "en";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Cli_Watch_SummaryInputs = {};

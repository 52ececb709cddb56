/**
* | output |
* | --- |
* | "print each UCWA representation as the normalised model" |
*
* @param {Cli_Decode_SummaryInputs} inputs
* @param {{ locale?: "en" }} options
* @returns {LocalizedString}
*/
export const cli_decode_summary: ((inputs?: Cli_Decode_SummaryInputs, options?: {
    locale?: "en";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_Decode_SummaryInputs, {
    locale?: "en";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Cli_Decode_SummaryInputs = {};

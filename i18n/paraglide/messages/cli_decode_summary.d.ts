/**
* | output |
* | --- |
* | "print each UCWA representation as the normalised model" |
*
* @param {Cli_Decode_SummaryInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_decode_summary: ((inputs?: Cli_Decode_SummaryInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_Decode_SummaryInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Cli_Decode_SummaryInputs = {};

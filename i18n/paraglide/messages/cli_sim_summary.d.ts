/**
* | output |
* | --- |
* | "start the UCWA simulator (first line: JSON with discoverUrl, user, password)" |
*
* @param {Cli_Sim_SummaryInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_sim_summary: ((inputs?: Cli_Sim_SummaryInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_Sim_SummaryInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Cli_Sim_SummaryInputs = {};

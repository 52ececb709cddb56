/**
* | output |
* | --- |
* | "usage: npm run --silent ucwa -- <command> [options]" |
*
* @param {Cli_UsageInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_usage: ((inputs?: Cli_UsageInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_UsageInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Cli_UsageInputs = {};

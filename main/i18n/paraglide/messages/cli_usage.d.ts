/**
* | output |
* | --- |
* | "usage: npm run --silent ucwa -- <command> [options]" |
*
* @param {Cli_UsageInputs} inputs
* @param {{ locale?: "en" }} options
* @returns {LocalizedString}
*/
export const cli_usage: ((inputs?: Cli_UsageInputs, options?: {
    locale?: "en";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_UsageInputs, {
    locale?: "en";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Cli_UsageInputs = {};

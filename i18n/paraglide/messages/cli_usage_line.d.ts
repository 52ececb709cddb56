/**
* | output |
* | --- |
* | "usage: {syntax}" |
*
* @param {Cli_Usage_LineInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_usage_line: ((inputs: Cli_Usage_LineInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_Usage_LineInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Cli_Usage_LineInputs = {
    syntax: NonNullable<unknown>;
};

/**
* | output |
* | --- |
* | "Reset to auto-assigned: {sentence}." |
*
* @param {Cli_Reset_DoneInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_reset_done: ((inputs: Cli_Reset_DoneInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_Reset_DoneInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Cli_Reset_DoneInputs = {
    sentence: NonNullable<unknown>;
};

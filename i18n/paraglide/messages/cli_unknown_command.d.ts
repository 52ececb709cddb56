/**
* | output |
* | --- |
* | "unknown command \"{name}\"" |
*
* @param {Cli_Unknown_CommandInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_unknown_command: ((inputs: Cli_Unknown_CommandInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_Unknown_CommandInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Cli_Unknown_CommandInputs = {
    name: NonNullable<unknown>;
};

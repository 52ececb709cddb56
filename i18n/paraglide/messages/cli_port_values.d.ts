/**
* | output |
* | --- |
* | "--port must be 0–65535, got \"{port}\"" |
*
* @param {Cli_Port_ValuesInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_port_values: ((inputs: Cli_Port_ValuesInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_Port_ValuesInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Cli_Port_ValuesInputs = {
    port: NonNullable<unknown>;
};

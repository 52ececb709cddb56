/**
* | output |
* | --- |
* | "--host must be a loopback address (127.0.0.0/8, localhost or ::1)" |
*
* @param {Cli_Host_LoopbackInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_host_loopback: ((inputs?: Cli_Host_LoopbackInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_Host_LoopbackInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Cli_Host_LoopbackInputs = {};

/**
* | output |
* | --- |
* | "Federated (another organisation)" |
*
* @param {Format_Source_FederatedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const format_source_federated: ((inputs?: Format_Source_FederatedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Format_Source_FederatedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Format_Source_FederatedInputs = {};

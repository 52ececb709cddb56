/**
* | output |
* | --- |
* | "Your organisation" |
*
* @param {Format_Source_Same_EnterpriseInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const format_source_same_enterprise: ((inputs?: Format_Source_Same_EnterpriseInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Format_Source_Same_EnterpriseInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Format_Source_Same_EnterpriseInputs = {};

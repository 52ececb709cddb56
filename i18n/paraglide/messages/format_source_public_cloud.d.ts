/**
* | output |
* | --- |
* | "Public IM network" |
*
* @param {Format_Source_Public_CloudInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const format_source_public_cloud: ((inputs?: Format_Source_Public_CloudInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Format_Source_Public_CloudInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Format_Source_Public_CloudInputs = {};

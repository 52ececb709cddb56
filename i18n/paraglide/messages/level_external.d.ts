/**
* | output |
* | --- |
* | "External Contacts" |
*
* @param {Level_ExternalInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const level_external: ((inputs?: Level_ExternalInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Level_ExternalInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Level_ExternalInputs = {};

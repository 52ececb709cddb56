/**
* | output |
* | --- |
* | "Sees your contact card and presence." |
*
* @param {Privacy_Sees_Line_ExternalInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const privacy_sees_line_external: ((inputs?: Privacy_Sees_Line_ExternalInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Privacy_Sees_Line_ExternalInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Privacy_Sees_Line_ExternalInputs = {};

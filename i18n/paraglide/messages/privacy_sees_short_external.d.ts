/**
* | output |
* | --- |
* | "Your contact card and presence." |
*
* @param {Privacy_Sees_Short_ExternalInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const privacy_sees_short_external: ((inputs?: Privacy_Sees_Short_ExternalInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Privacy_Sees_Short_ExternalInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Privacy_Sees_Short_ExternalInputs = {};

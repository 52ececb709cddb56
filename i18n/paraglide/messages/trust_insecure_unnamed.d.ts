/**
* | output |
* | --- |
* | "a server does not use a secure (https) connection, so nothing was sent to it." |
*
* @param {Trust_Insecure_UnnamedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const trust_insecure_unnamed: ((inputs?: Trust_Insecure_UnnamedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Trust_Insecure_UnnamedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Trust_Insecure_UnnamedInputs = {};

/**
* | output |
* | --- |
* | "The server pointed to a server, which you have not signed in to." |
*
* @param {Trust_Untrusted_Host_UnnamedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const trust_untrusted_host_unnamed: ((inputs?: Trust_Untrusted_Host_UnnamedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Trust_Untrusted_Host_UnnamedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Trust_Untrusted_Host_UnnamedInputs = {};

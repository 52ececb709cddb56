/**
* | output |
* | --- |
* | "The server asked for your sign-in to be sent to a server, which you have not signed in to." |
*
* @param {Trust_Token_Elsewhere_UnnamedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const trust_token_elsewhere_unnamed: ((inputs?: Trust_Token_Elsewhere_UnnamedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Trust_Token_Elsewhere_UnnamedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Trust_Token_Elsewhere_UnnamedInputs = {};

/**
* | output |
* | --- |
* | "This server offers Windows sign-in, but not with Kerberos from this computer." |
*
* @param {Trust_Negotiate_Not_OfferedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const trust_negotiate_not_offered: ((inputs?: Trust_Negotiate_Not_OfferedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Trust_Negotiate_Not_OfferedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Trust_Negotiate_Not_OfferedInputs = {};

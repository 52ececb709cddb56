/**
* | output |
* | --- |
* | "Your domain’s Kerberos server cannot be reached. Check the network, then try again." |
*
* @param {Trust_Kdc_UnreachableInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const trust_kdc_unreachable: ((inputs?: Trust_Kdc_UnreachableInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Trust_Kdc_UnreachableInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Trust_Kdc_UnreachableInputs = {};

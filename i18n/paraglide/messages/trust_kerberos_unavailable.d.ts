/**
* | output |
* | --- |
* | "Windows sign-in needs Kerberos support, which is not installed with this copy of the app." |
*
* @param {Trust_Kerberos_UnavailableInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const trust_kerberos_unavailable: ((inputs?: Trust_Kerberos_UnavailableInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Trust_Kerberos_UnavailableInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Trust_Kerberos_UnavailableInputs = {};

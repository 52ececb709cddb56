/**
* | output |
* | --- |
* | "This server signs in Windows accounts with NTLM: enter your Windows user name and password." |
*
* @param {Trust_Ntlm_Needs_AccountInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const trust_ntlm_needs_account: ((inputs?: Trust_Ntlm_Needs_AccountInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Trust_Ntlm_Needs_AccountInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Trust_Ntlm_Needs_AccountInputs = {};

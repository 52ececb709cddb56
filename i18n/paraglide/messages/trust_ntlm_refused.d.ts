/**
* | output |
* | --- |
* | "The server refused your Windows user name or password (NTLM). Check both and try again." |
*
* @param {Trust_Ntlm_RefusedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const trust_ntlm_refused: ((inputs?: Trust_Ntlm_RefusedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Trust_Ntlm_RefusedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Trust_Ntlm_RefusedInputs = {};

/**
* | output |
* | --- |
* | "The server pointed to {host}, which you have not signed in to." |
*
* @param {Trust_Untrusted_HostInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const trust_untrusted_host: ((inputs: Trust_Untrusted_HostInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Trust_Untrusted_HostInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Trust_Untrusted_HostInputs = {
    host: NonNullable<unknown>;
};

/**
* | output |
* | --- |
* | "The server pointed somewhere else" |
*
* @param {Err_Untrusted_HostInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const err_untrusted_host: ((inputs?: Err_Untrusted_HostInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Untrusted_HostInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Err_Untrusted_HostInputs = {};

/**
* | output |
* | --- |
* | "Not signed in" |
*
* @param {Help_Not_Signed_InInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_not_signed_in: ((inputs?: Help_Not_Signed_InInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Help_Not_Signed_InInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Help_Not_Signed_InInputs = {};

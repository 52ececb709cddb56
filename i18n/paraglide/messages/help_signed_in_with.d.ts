/**
* | output |
* | --- |
* | "Signed in with" |
*
* @param {Help_Signed_In_WithInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_signed_in_with: ((inputs?: Help_Signed_In_WithInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Help_Signed_In_WithInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Help_Signed_In_WithInputs = {};

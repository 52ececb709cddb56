/**
* | output |
* | --- |
* | "Signed in as" |
*
* @param {Help_Signed_In_AsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_signed_in_as: ((inputs?: Help_Signed_In_AsInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Help_Signed_In_AsInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Help_Signed_In_AsInputs = {};

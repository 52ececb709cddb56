/**
* | output |
* | --- |
* | "to the demo server on this computer." |
*
* @param {Help_Signed_In_DemoInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_signed_in_demo: ((inputs?: Help_Signed_In_DemoInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Help_Signed_In_DemoInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Help_Signed_In_DemoInputs = {};

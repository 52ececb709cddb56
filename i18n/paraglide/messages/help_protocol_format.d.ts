/**
* | output |
* | --- |
* | "Protocol format" |
*
* @param {Help_Protocol_FormatInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_protocol_format: ((inputs?: Help_Protocol_FormatInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Help_Protocol_FormatInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Help_Protocol_FormatInputs = {};

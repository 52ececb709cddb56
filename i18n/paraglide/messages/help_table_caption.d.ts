/**
* | output |
* | --- |
* | "Who sees each piece of your information" |
*
* @param {Help_Table_CaptionInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_table_caption: ((inputs?: Help_Table_CaptionInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Help_Table_CaptionInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Help_Table_CaptionInputs = {};

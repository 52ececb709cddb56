/**
* | output |
* | --- |
* | "for status alerts in the tags folder, per account." |
*
* @param {Help_Stores_Tags_TextInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_stores_tags_text: ((inputs?: Help_Stores_Tags_TextInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Help_Stores_Tags_TextInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Help_Stores_Tags_TextInputs = {};

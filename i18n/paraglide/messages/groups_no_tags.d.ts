/**
* | output |
* | --- |
* | "No one is tagged. Tag someone to be told when they become available." |
*
* @param {Groups_No_TagsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_no_tags: ((inputs?: Groups_No_TagsInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Groups_No_TagsInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Groups_No_TagsInputs = {};

/**
* | output |
* | --- |
* | "Add to" |
*
* @param {Groups_Add_ToInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_add_to: ((inputs?: Groups_Add_ToInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Groups_Add_ToInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Groups_Add_ToInputs = {};

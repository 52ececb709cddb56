/**
* | output |
* | --- |
* | "Delegates" |
*
* @param {Groups_Delegates_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_delegates_title: ((inputs?: Groups_Delegates_TitleInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Groups_Delegates_TitleInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Groups_Delegates_TitleInputs = {};

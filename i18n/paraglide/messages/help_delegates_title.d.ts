/**
* | output |
* | --- |
* | "Delegates, groups and status alerts" |
*
* @param {Help_Delegates_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_delegates_title: ((inputs?: Help_Delegates_TitleInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Help_Delegates_TitleInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Help_Delegates_TitleInputs = {};

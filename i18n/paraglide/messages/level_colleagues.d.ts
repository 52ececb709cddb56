/**
* | output |
* | --- |
* | "Colleagues" |
*
* @param {Level_ColleaguesInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const level_colleagues: ((inputs?: Level_ColleaguesInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Level_ColleaguesInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Level_ColleaguesInputs = {};

/**
* | output |
* | --- |
* | "are the people who may answer your calls;" |
*
* @param {Help_Delegates_AreInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_delegates_are: ((inputs?: Help_Delegates_AreInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Help_Delegates_AreInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Help_Delegates_AreInputs = {};

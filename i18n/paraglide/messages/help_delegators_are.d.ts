/**
* | output |
* | --- |
* | "are those whose calls you answer. A call on behalf of one of them names them. Skype for Business sets both: the server offers apps no way to change delegates..." |
*
* @param {Help_Delegators_AreInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_delegators_are: ((inputs?: Help_Delegators_AreInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Help_Delegators_AreInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Help_Delegators_AreInputs = {};

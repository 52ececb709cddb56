/**
* | output |
* | --- |
* | "Every contact has one of five relationships with you. The closer it is, the more they see. Everyone but Blocked contacts sees your name, title, e-mail, compa..." |
*
* @param {Help_Levels_IntroInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_levels_intro: ((inputs?: Help_Levels_IntroInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Help_Levels_IntroInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Help_Levels_IntroInputs = {};

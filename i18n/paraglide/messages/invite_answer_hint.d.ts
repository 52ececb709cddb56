/**
* | output |
* | --- |
* | "Answer in Skype for Business: this app does not take calls." |
*
* @param {Invite_Answer_HintInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_answer_hint: ((inputs?: Invite_Answer_HintInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Invite_Answer_HintInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Invite_Answer_HintInputs = {};

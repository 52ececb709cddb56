/**
* | output |
* | --- |
* | "The server sent something we cannot use." |
*
* @param {Channel_Unusable_AnswerInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const channel_unusable_answer: ((inputs?: Channel_Unusable_AnswerInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Channel_Unusable_AnswerInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Channel_Unusable_AnswerInputs = {};

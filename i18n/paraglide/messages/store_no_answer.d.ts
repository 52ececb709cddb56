/**
* | output |
* | --- |
* | "The app did not say what happened to this change." |
*
* @param {Store_No_AnswerInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_no_answer: ((inputs?: Store_No_AnswerInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Store_No_AnswerInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Store_No_AnswerInputs = {};

/**
* | output |
* | --- |
* | "The app did not answer ({reason})." |
*
* @param {Err_No_AnswerInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const err_no_answer: ((inputs: Err_No_AnswerInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_No_AnswerInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Err_No_AnswerInputs = {
    reason: NonNullable<unknown>;
};

/**
* | output |
* | --- |
* | "No Skype for Business server answered for {domain}. Tried: {hosts}." |
*
* @param {Discovery_No_AnswerInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const discovery_no_answer: ((inputs: Discovery_No_AnswerInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Discovery_No_AnswerInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Discovery_No_AnswerInputs = {
    domain: NonNullable<unknown>;
    hosts: NonNullable<unknown>;
};

/**
* | output |
* | --- |
* | "The server gave no answer for this change. Try again." |
*
* @param {Error_No_Answer_For_ChangeInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_no_answer_for_change: ((inputs?: Error_No_Answer_For_ChangeInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_No_Answer_For_ChangeInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Error_No_Answer_For_ChangeInputs = {};

/**
* | output |
* | --- |
* | "Who was not changed" |
*
* @param {Feedback_Not_ChangedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const feedback_not_changed: ((inputs?: Feedback_Not_ChangedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Feedback_Not_ChangedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Feedback_Not_ChangedInputs = {};

/**
* | output |
* | --- |
* | "Show" |
*
* @param {Feedback_ShowInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const feedback_show: ((inputs?: Feedback_ShowInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Feedback_ShowInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Feedback_ShowInputs = {};

/**
* | output |
* | --- |
* | "Someone else changed this in the meantime. The current value has been reloaded." |
*
* @param {Error_Precondition_FailedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_precondition_failed: ((inputs?: Error_Precondition_FailedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Precondition_FailedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Error_Precondition_FailedInputs = {};

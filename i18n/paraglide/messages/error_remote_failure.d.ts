/**
* | output |
* | --- |
* | "The other party could not complete the operation." |
*
* @param {Error_Remote_FailureInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_remote_failure: ((inputs?: Error_Remote_FailureInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Remote_FailureInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Error_Remote_FailureInputs = {};

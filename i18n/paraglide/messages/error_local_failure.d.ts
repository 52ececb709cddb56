/**
* | output |
* | --- |
* | "The operation failed on this computer." |
*
* @param {Error_Local_FailureInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_local_failure: ((inputs?: Error_Local_FailureInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Local_FailureInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Error_Local_FailureInputs = {};

/**
* | output |
* | --- |
* | "The server had a problem" |
*
* @param {Err_Service_FailureInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const err_service_failure: ((inputs?: Err_Service_FailureInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Service_FailureInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Err_Service_FailureInputs = {};

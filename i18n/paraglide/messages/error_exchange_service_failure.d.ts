/**
* | output |
* | --- |
* | "The server could not reach Exchange. Try again later." |
*
* @param {Error_Exchange_Service_FailureInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_exchange_service_failure: ((inputs?: Error_Exchange_Service_FailureInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Exchange_Service_FailureInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Error_Exchange_Service_FailureInputs = {};

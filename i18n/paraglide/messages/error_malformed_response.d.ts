/**
* | output |
* | --- |
* | "The server sent an answer that could not be understood." |
*
* @param {Error_Malformed_ResponseInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_malformed_response: ((inputs?: Error_Malformed_ResponseInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Malformed_ResponseInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Error_Malformed_ResponseInputs = {};

/**
* | output |
* | --- |
* | "The server is temporarily unavailable. Try again later." |
*
* @param {Error_Service_UnavailableInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_service_unavailable: ((inputs?: Error_Service_UnavailableInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Service_UnavailableInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Error_Service_UnavailableInputs = {};

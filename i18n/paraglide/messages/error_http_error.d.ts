/**
* | output |
* | --- |
* | "The server answered with an unexpected error." |
*
* @param {Error_Http_ErrorInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_http_error: ((inputs?: Error_Http_ErrorInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Http_ErrorInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Error_Http_ErrorInputs = {};

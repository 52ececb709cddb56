/**
* | output |
* | --- |
* | "The server rejected the request as invalid." |
*
* @param {Error_Bad_RequestInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_bad_request: ((inputs?: Error_Bad_RequestInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Bad_RequestInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Error_Bad_RequestInputs = {};

/**
* | output |
* | --- |
* | "The server is busy. Try again in a moment." |
*
* @param {Error_Too_Many_RequestsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_too_many_requests: ((inputs?: Error_Too_Many_RequestsInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Too_Many_RequestsInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Error_Too_Many_RequestsInputs = {};

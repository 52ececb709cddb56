/**
* | output |
* | --- |
* | "The server sent an answer far larger than any real one, so it was not read." |
*
* @param {Error_Response_Too_LargeInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_response_too_large: ((inputs?: Error_Response_Too_LargeInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Response_Too_LargeInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Error_Response_Too_LargeInputs = {};

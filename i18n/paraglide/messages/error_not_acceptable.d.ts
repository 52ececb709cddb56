/**
* | output |
* | --- |
* | "The server cannot answer in the requested format." |
*
* @param {Error_Not_AcceptableInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_not_acceptable: ((inputs?: Error_Not_AcceptableInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Not_AcceptableInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Error_Not_AcceptableInputs = {};

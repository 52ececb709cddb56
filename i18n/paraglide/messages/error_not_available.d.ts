/**
* | output |
* | --- |
* | "The server does not offer this operation for this contact." |
*
* @param {Error_Not_AvailableInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_not_available: ((inputs?: Error_Not_AvailableInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Not_AvailableInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Error_Not_AvailableInputs = {};

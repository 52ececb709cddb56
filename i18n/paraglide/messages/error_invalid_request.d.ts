/**
* | output |
* | --- |
* | "Invalid request ({detail})." |
*
* @param {Error_Invalid_RequestInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_invalid_request: ((inputs: Error_Invalid_RequestInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Invalid_RequestInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Error_Invalid_RequestInputs = {
    detail: NonNullable<unknown>;
};

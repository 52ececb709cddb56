/**
* | output |
* | --- |
* | "Unknown request." |
*
* @param {Error_Unknown_RequestInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_unknown_request: ((inputs?: Error_Unknown_RequestInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Unknown_RequestInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Error_Unknown_RequestInputs = {};

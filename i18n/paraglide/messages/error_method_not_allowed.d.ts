/**
* | output |
* | --- |
* | "The server does not allow this operation." |
*
* @param {Error_Method_Not_AllowedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_method_not_allowed: ((inputs?: Error_Method_Not_AllowedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Method_Not_AllowedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Error_Method_Not_AllowedInputs = {};

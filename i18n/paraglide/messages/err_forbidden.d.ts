/**
* | output |
* | --- |
* | "The server does not allow this" |
*
* @param {Err_ForbiddenInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const err_forbidden: ((inputs?: Err_ForbiddenInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_ForbiddenInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Err_ForbiddenInputs = {};

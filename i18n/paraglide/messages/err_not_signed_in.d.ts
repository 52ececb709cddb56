/**
* | output |
* | --- |
* | "You are signed out" |
*
* @param {Err_Not_Signed_InInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const err_not_signed_in: ((inputs?: Err_Not_Signed_InInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Not_Signed_InInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Err_Not_Signed_InInputs = {};

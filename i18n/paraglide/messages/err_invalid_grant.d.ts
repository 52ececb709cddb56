/**
* | output |
* | --- |
* | "Wrong sign-in address or password" |
*
* @param {Err_Invalid_GrantInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const err_invalid_grant: ((inputs?: Err_Invalid_GrantInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Invalid_GrantInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Err_Invalid_GrantInputs = {};

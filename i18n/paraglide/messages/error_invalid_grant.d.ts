/**
* | output |
* | --- |
* | "The user name or password is incorrect." |
*
* @param {Error_Invalid_GrantInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_invalid_grant: ((inputs?: Error_Invalid_GrantInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Invalid_GrantInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Error_Invalid_GrantInputs = {};

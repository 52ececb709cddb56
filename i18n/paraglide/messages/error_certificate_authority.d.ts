/**
* | output |
* | --- |
* | "It was issued by a certificate authority this computer does not trust; your administrator can add it to the trusted ones." |
*
* @param {Error_Certificate_AuthorityInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_certificate_authority: ((inputs?: Error_Certificate_AuthorityInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Certificate_AuthorityInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Error_Certificate_AuthorityInputs = {};

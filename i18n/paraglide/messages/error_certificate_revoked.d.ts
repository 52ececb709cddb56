/**
* | output |
* | --- |
* | "It has been revoked." |
*
* @param {Error_Certificate_RevokedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_certificate_revoked: ((inputs?: Error_Certificate_RevokedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Certificate_RevokedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Error_Certificate_RevokedInputs = {};

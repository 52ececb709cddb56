/**
* | output |
* | --- |
* | "The server's security certificate could not be verified, so the connection was not made." |
*
* @param {Error_TlsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_tls: ((inputs?: Error_TlsInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_TlsInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Error_TlsInputs = {};

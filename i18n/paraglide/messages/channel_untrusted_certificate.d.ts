/**
* | output |
* | --- |
* | "The server's security certificate could not be verified, so the connection was not made." |
*
* @param {Channel_Untrusted_CertificateInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const channel_untrusted_certificate: ((inputs?: Channel_Untrusted_CertificateInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Channel_Untrusted_CertificateInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Channel_Untrusted_CertificateInputs = {};

/**
* | output |
* | --- |
* | "The server address uses plain http, which is not secure. Use an https:// address." |
*
* @param {Session_Address_Plain_HttpInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const session_address_plain_http: ((inputs?: Session_Address_Plain_HttpInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Session_Address_Plain_HttpInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Session_Address_Plain_HttpInputs = {};

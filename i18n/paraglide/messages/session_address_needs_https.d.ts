/**
* | output |
* | --- |
* | "The server address must start with https://." |
*
* @param {Session_Address_Needs_HttpsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const session_address_needs_https: ((inputs?: Session_Address_Needs_HttpsInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Session_Address_Needs_HttpsInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Session_Address_Needs_HttpsInputs = {};

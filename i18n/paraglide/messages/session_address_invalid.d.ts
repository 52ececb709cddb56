/**
* | output |
* | --- |
* | "The server address is not a valid address." |
*
* @param {Session_Address_InvalidInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const session_address_invalid: ((inputs?: Session_Address_InvalidInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Session_Address_InvalidInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Session_Address_InvalidInputs = {};

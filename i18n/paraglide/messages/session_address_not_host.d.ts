/**
* | output |
* | --- |
* | "The server address is not a host name or an https:// address." |
*
* @param {Session_Address_Not_HostInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const session_address_not_host: ((inputs?: Session_Address_Not_HostInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Session_Address_Not_HostInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Session_Address_Not_HostInputs = {};

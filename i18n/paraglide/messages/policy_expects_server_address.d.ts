/**
* | output |
* | --- |
* | "an https:// address or a server name" |
*
* @param {Policy_Expects_Server_AddressInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const policy_expects_server_address: ((inputs?: Policy_Expects_Server_AddressInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Policy_Expects_Server_AddressInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Policy_Expects_Server_AddressInputs = {};

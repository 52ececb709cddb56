/**
* | output |
* | --- |
* | "SIP address" |
*
* @param {Card_Sip_AddressInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const card_sip_address: ((inputs?: Card_Sip_AddressInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Card_Sip_AddressInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Card_Sip_AddressInputs = {};

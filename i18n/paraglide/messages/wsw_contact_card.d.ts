/**
* | output |
* | --- |
* | "your contact card" |
*
* @param {Wsw_Contact_CardInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_contact_card: ((inputs?: Wsw_Contact_CardInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Wsw_Contact_CardInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Wsw_Contact_CardInputs = {};

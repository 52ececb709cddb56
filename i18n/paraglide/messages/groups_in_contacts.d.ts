/**
* | output |
* | --- |
* | "In your contacts" |
*
* @param {Groups_In_ContactsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_in_contacts: ((inputs?: Groups_In_ContactsInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Groups_In_ContactsInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Groups_In_ContactsInputs = {};

/**
* | output |
* | --- |
* | "Other Contacts" |
*
* @param {Groups_Other_ContactsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_other_contacts: ((inputs?: Groups_Other_ContactsInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Groups_Other_ContactsInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Groups_Other_ContactsInputs = {};

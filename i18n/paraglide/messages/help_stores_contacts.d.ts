/**
* | output |
* | --- |
* | "Your contacts and their levels stay on the server; the app keeps them in memory while it runs." |
*
* @param {Help_Stores_ContactsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_stores_contacts: ((inputs?: Help_Stores_ContactsInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Help_Stores_ContactsInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Help_Stores_ContactsInputs = {};

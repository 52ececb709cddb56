/**
* | output |
* | --- |
* | "Search by name, title, e-mail, company or department (Ctrl+F)" |
*
* @param {Contacts_Search_HintInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contacts_search_hint: ((inputs?: Contacts_Search_HintInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Contacts_Search_HintInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Contacts_Search_HintInputs = {};

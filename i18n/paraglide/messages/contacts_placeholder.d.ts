/**
* | output |
* | --- |
* | "Select a contact to see their details and what they see about you. Ctrl+click or Shift+click to pick several and change them together; right-click a contact ..." |
*
* @param {Contacts_PlaceholderInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contacts_placeholder: ((inputs?: Contacts_PlaceholderInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Contacts_PlaceholderInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Contacts_PlaceholderInputs = {};

/**
* | output |
* | --- |
* | "selected" |
*
* @param {Contacts_Row_SelectedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contacts_row_selected: ((inputs?: Contacts_Row_SelectedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Contacts_Row_SelectedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Contacts_Row_SelectedInputs = {};

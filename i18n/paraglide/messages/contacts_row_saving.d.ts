/**
* | output |
* | --- |
* | "saving" |
*
* @param {Contacts_Row_SavingInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contacts_row_saving: ((inputs?: Contacts_Row_SavingInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Contacts_Row_SavingInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Contacts_Row_SavingInputs = {};

/**
* | output |
* | --- |
* | "by last change" |
*
* @param {Contacts_Sort_Last_ChangeInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contacts_sort_last_change: ((inputs?: Contacts_Sort_Last_ChangeInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Contacts_Sort_Last_ChangeInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Contacts_Sort_Last_ChangeInputs = {};

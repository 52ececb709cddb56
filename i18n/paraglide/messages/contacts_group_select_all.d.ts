/**
* | output |
* | --- |
* | "Select all" |
*
* @param {Contacts_Group_Select_AllInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contacts_group_select_all: ((inputs?: Contacts_Group_Select_AllInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Contacts_Group_Select_AllInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Contacts_Group_Select_AllInputs = {};

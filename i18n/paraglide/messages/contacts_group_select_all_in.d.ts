/**
* | output |
* | --- |
* | "Select all {count} in {group}" |
*
* @param {Contacts_Group_Select_All_InInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contacts_group_select_all_in: ((inputs: Contacts_Group_Select_All_InInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Contacts_Group_Select_All_InInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Contacts_Group_Select_All_InInputs = {
    count: NonNullable<unknown>;
    group: NonNullable<unknown>;
};

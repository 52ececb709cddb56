/**
* | output |
* | --- |
* | "Select all {n}" |
*
* @param {Contacts_Select_ShownInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contacts_select_shown: ((inputs: Contacts_Select_ShownInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Contacts_Select_ShownInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Contacts_Select_ShownInputs = {
    n: NonNullable<unknown>;
};

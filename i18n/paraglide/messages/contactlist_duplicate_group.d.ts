/**
* | output |
* | --- |
* | "There is already a group with that name. Choose another name." |
*
* @param {Contactlist_Duplicate_GroupInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contactlist_duplicate_group: ((inputs?: Contactlist_Duplicate_GroupInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Contactlist_Duplicate_GroupInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Contactlist_Duplicate_GroupInputs = {};

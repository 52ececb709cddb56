/**
* | output |
* | --- |
* | "Only your own groups can be renamed or deleted: Favorites, Other Contacts and the groups the server keeps cannot." |
*
* @param {Contactlist_Only_Own_GroupsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contactlist_only_own_groups: ((inputs?: Contactlist_Only_Own_GroupsInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Contactlist_Only_Own_GroupsInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Contactlist_Only_Own_GroupsInputs = {};

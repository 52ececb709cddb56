/**
* | output |
* | --- |
* | "The group was changed elsewhere meanwhile. It has been reloaded; try again." |
*
* @param {Contactlist_Group_ChangedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contactlist_group_changed: ((inputs?: Contactlist_Group_ChangedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Contactlist_Group_ChangedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Contactlist_Group_ChangedInputs = {};

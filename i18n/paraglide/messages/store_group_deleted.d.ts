/**
* | output |
* | --- |
* | "Group deleted." |
*
* @param {Store_Group_DeletedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_group_deleted: ((inputs?: Store_Group_DeletedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Store_Group_DeletedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Store_Group_DeletedInputs = {};

/**
* | output |
* | --- |
* | "Removed from the group." |
*
* @param {Store_Removed_From_GroupInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_removed_from_group: ((inputs?: Store_Removed_From_GroupInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Store_Removed_From_GroupInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Store_Removed_From_GroupInputs = {};

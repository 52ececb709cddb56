/**
* | output |
* | --- |
* | "This contact is no longer in your list." |
*
* @param {Store_Not_In_ListInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_not_in_list: ((inputs?: Store_Not_In_ListInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Store_Not_In_ListInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Store_Not_In_ListInputs = {};

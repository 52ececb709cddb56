/**
* | output |
* | --- |
* | "This contact is not in your list." |
*
* @param {Error_Contact_Not_In_ListInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_contact_not_in_list: ((inputs?: Error_Contact_Not_In_ListInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Contact_Not_In_ListInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Error_Contact_Not_In_ListInputs = {};

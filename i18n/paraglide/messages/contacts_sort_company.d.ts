/**
* | output |
* | --- |
* | "by company" |
*
* @param {Contacts_Sort_CompanyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contacts_sort_company: ((inputs?: Contacts_Sort_CompanyInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Contacts_Sort_CompanyInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Contacts_Sort_CompanyInputs = {};

/**
* | output |
* | --- |
* | "Your server does not offer search to apps." |
*
* @param {Contactlist_No_SearchInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contactlist_no_search: ((inputs?: Contactlist_No_SearchInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Contactlist_No_SearchInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Contactlist_No_SearchInputs = {};

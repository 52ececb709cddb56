/**
* | output |
* | --- |
* | "All levels" |
*
* @param {Contacts_All_LevelsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contacts_all_levels: ((inputs?: Contacts_All_LevelsInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Contacts_All_LevelsInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Contacts_All_LevelsInputs = {};

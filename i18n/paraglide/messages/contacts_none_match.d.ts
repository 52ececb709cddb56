/**
* | output |
* | --- |
* | "No contacts match." |
*
* @param {Contacts_None_MatchInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contacts_none_match: ((inputs?: Contacts_None_MatchInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Contacts_None_MatchInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Contacts_None_MatchInputs = {};

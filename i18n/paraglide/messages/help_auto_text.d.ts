/**
* | output |
* | --- |
* | "\"Auto-assign relationship\" gives a contact back the level the server assigns by itself: Colleagues for people in your organisation, External Contacts for eve..." |
*
* @param {Help_Auto_TextInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_auto_text: ((inputs?: Help_Auto_TextInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Help_Auto_TextInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Help_Auto_TextInputs = {};

/**
* | output |
* | --- |
* | "Set in Skype for Business: the server offers apps no way to change them." |
*
* @param {Groups_Delegates_NoteInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_delegates_note: ((inputs?: Groups_Delegates_NoteInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Groups_Delegates_NoteInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Groups_Delegates_NoteInputs = {};

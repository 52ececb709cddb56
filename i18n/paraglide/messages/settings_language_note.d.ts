/**
* | output |
* | --- |
* | "The tray menu and Settings follow this language; the other views are in English for now." |
*
* @param {Settings_Language_NoteInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_language_note: ((inputs?: Settings_Language_NoteInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Settings_Language_NoteInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Settings_Language_NoteInputs = {};

/**
* | output |
* | --- |
* | "Diagnostics are a short report of the app's state for your support team, without passwords or tokens." |
*
* @param {Help_Diagnostics_NoteInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_diagnostics_note: ((inputs?: Help_Diagnostics_NoteInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Help_Diagnostics_NoteInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Help_Diagnostics_NoteInputs = {};

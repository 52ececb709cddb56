/**
* | output |
* | --- |
* | "Where this comes from: the UCWA reference (the protocol this app uses) and Microsoft's Lync and Skype for Business documentation. They disagree in one place:..." |
*
* @param {Help_Sources_NoteInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_sources_note: ((inputs?: Help_Sources_NoteInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Help_Sources_NoteInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Help_Sources_NoteInputs = {};

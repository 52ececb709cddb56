/**
* | output |
* | --- |
* | "(what the app asks the server for; takes effect at the next sign-in)" |
*
* @param {Help_Protocol_NoteInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_protocol_note: ((inputs?: Help_Protocol_NoteInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Help_Protocol_NoteInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Help_Protocol_NoteInputs = {};

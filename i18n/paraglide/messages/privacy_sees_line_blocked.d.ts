/**
* | output |
* | --- |
* | "Sees only your name and e-mail address, and cannot reach you." |
*
* @param {Privacy_Sees_Line_BlockedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const privacy_sees_line_blocked: ((inputs?: Privacy_Sees_Line_BlockedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Privacy_Sees_Line_BlockedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Privacy_Sees_Line_BlockedInputs = {};

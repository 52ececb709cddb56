/**
* | output |
* | --- |
* | "Sees only your name and e-mail address, and cannot reach you." |
*
* @param {Wsw_Line_BlockedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_line_blocked: ((inputs?: Wsw_Line_BlockedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Wsw_Line_BlockedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Wsw_Line_BlockedInputs = {};

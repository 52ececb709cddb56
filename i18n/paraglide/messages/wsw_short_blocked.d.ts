/**
* | output |
* | --- |
* | "Only your name and e-mail address; cannot reach you." |
*
* @param {Wsw_Short_BlockedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_short_blocked: ((inputs?: Wsw_Short_BlockedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Wsw_Short_BlockedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Wsw_Short_BlockedInputs = {};

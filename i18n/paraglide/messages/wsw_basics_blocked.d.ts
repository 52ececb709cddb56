/**
* | output |
* | --- |
* | "only your name and e-mail address, and they cannot reach you" |
*
* @param {Wsw_Basics_BlockedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_basics_blocked: ((inputs?: Wsw_Basics_BlockedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Wsw_Basics_BlockedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Wsw_Basics_BlockedInputs = {};

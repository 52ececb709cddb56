/**
* | output |
* | --- |
* | "what the server allows: it did not say which level applies" |
*
* @param {Wsw_Basics_UnknownInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_basics_unknown: ((inputs?: Wsw_Basics_UnknownInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Wsw_Basics_UnknownInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Wsw_Basics_UnknownInputs = {};

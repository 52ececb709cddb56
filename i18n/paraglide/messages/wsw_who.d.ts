/**
* | output |
* | --- |
* | "Who" |
*
* @param {Wsw_WhoInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_who: ((inputs?: Wsw_WhoInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Wsw_WhoInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Wsw_WhoInputs = {};

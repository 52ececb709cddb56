/**
* | output |
* | --- |
* | "The server did not say which level applies." |
*
* @param {Wsw_Level_Not_SaidInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_level_not_said: ((inputs?: Wsw_Level_Not_SaidInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Wsw_Level_Not_SaidInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Wsw_Level_Not_SaidInputs = {};

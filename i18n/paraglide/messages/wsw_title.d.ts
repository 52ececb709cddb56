/**
* | output |
* | --- |
* | "Who sees what" |
*
* @param {Wsw_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_title: ((inputs?: Wsw_TitleInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Wsw_TitleInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Wsw_TitleInputs = {};

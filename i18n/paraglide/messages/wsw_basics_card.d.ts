/**
* | output |
* | --- |
* | "your name, title, e-mail, company, office, picture" |
*
* @param {Wsw_Basics_CardInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_basics_card: ((inputs?: Wsw_Basics_CardInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Wsw_Basics_CardInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Wsw_Basics_CardInputs = {};

/**
* | output |
* | --- |
* | "What each of your contacts can see about you, from the relationship you have with them. Moving people down a level shows them less; Undo brings them back." |
*
* @param {Wsw_IntroInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_intro: ((inputs?: Wsw_IntroInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Wsw_IntroInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Wsw_IntroInputs = {};

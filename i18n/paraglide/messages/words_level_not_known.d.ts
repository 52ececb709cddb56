/**
* | output |
* | --- |
* | "{name}'s level is not known" |
*
* @param {Words_Level_Not_KnownInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const words_level_not_known: ((inputs: Words_Level_Not_KnownInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Words_Level_Not_KnownInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Words_Level_Not_KnownInputs = {
    name: NonNullable<unknown>;
};

/**
* | output |
* | --- |
* | "{name}'s level is no longer known" |
*
* @param {Words_Level_No_Longer_KnownInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const words_level_no_longer_known: ((inputs: Words_Level_No_Longer_KnownInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Words_Level_No_Longer_KnownInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Words_Level_No_Longer_KnownInputs = {
    name: NonNullable<unknown>;
};

/**
* | output |
* | --- |
* | "No level below." |
*
* @param {Store_No_Level_BelowInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_no_level_below: ((inputs?: Store_No_Level_BelowInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Store_No_Level_BelowInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Store_No_Level_BelowInputs = {};

/**
* | output |
* | --- |
* | "No changes match the filter." |
*
* @param {Activity_No_MatchInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_no_match: ((inputs?: Activity_No_MatchInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Activity_No_MatchInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Activity_No_MatchInputs = {};

/**
* | output |
* | --- |
* | "While you were away" |
*
* @param {Activity_While_AwayInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_while_away: ((inputs?: Activity_While_AwayInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Activity_While_AwayInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Activity_While_AwayInputs = {};

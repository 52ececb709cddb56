/**
* | output |
* | --- |
* | "Relationship changes, newest first" |
*
* @param {Activity_CaptionInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_caption: ((inputs?: Activity_CaptionInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Activity_CaptionInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Activity_CaptionInputs = {};

/**
* | output |
* | --- |
* | "Was not known" |
*
* @param {Activity_Was_UnknownInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_was_unknown: ((inputs?: Activity_Was_UnknownInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Activity_Was_UnknownInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Activity_Was_UnknownInputs = {};

/**
* | output |
* | --- |
* | "Anyone" |
*
* @param {Activity_AnyoneInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_anyone: ((inputs?: Activity_AnyoneInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Activity_AnyoneInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Activity_AnyoneInputs = {};

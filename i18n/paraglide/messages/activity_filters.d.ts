/**
* | output |
* | --- |
* | "Filter activity" |
*
* @param {Activity_FiltersInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_filters: ((inputs?: Activity_FiltersInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Activity_FiltersInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Activity_FiltersInputs = {};

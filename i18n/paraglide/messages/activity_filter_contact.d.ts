/**
* | output |
* | --- |
* | "Filter by contact" |
*
* @param {Activity_Filter_ContactInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_filter_contact: ((inputs?: Activity_Filter_ContactInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Activity_Filter_ContactInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Activity_Filter_ContactInputs = {};

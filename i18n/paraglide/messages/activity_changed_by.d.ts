/**
* | output |
* | --- |
* | "Changed by" |
*
* @param {Activity_Changed_ByInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_changed_by: ((inputs?: Activity_Changed_ByInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Activity_Changed_ByInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Activity_Changed_ByInputs = {};

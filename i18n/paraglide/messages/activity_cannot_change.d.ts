/**
* | output |
* | --- |
* | "Cannot be changed" |
*
* @param {Activity_Cannot_ChangeInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_cannot_change: ((inputs?: Activity_Cannot_ChangeInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Activity_Cannot_ChangeInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Activity_Cannot_ChangeInputs = {};

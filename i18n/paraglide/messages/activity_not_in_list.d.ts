/**
* | output |
* | --- |
* | "Not in your list" |
*
* @param {Activity_Not_In_ListInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_not_in_list: ((inputs?: Activity_Not_In_ListInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Activity_Not_In_ListInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Activity_Not_In_ListInputs = {};

/**
* | output |
* | --- |
* | "Change all of them to" |
*
* @param {Bulk_Change_All_ToInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const bulk_change_all_to: ((inputs?: Bulk_Change_All_ToInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Bulk_Change_All_ToInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Bulk_Change_All_ToInputs = {};

/**
* | output |
* | --- |
* | "People I manage calls for" |
*
* @param {Groups_Managed_ForInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_managed_for: ((inputs?: Groups_Managed_ForInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Groups_Managed_ForInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Groups_Managed_ForInputs = {};

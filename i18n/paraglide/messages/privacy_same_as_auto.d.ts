/**
* | output |
* | --- |
* | "· same as auto-assigned" |
*
* @param {Privacy_Same_As_AutoInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const privacy_same_as_auto: ((inputs?: Privacy_Same_As_AutoInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Privacy_Same_As_AutoInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Privacy_Same_As_AutoInputs = {};

/**
* | output |
* | --- |
* | "Workgroup" |
*
* @param {Level_WorkgroupInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const level_workgroup: ((inputs?: Level_WorkgroupInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Level_WorkgroupInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Level_WorkgroupInputs = {};

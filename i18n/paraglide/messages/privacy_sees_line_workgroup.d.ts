/**
* | output |
* | --- |
* | "Sees your contact card, presence, note, location, free/busy, meeting subjects, meeting locations and mobile phone. Can reach you on Do Not Disturb." |
*
* @param {Privacy_Sees_Line_WorkgroupInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const privacy_sees_line_workgroup: ((inputs?: Privacy_Sees_Line_WorkgroupInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Privacy_Sees_Line_WorkgroupInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Privacy_Sees_Line_WorkgroupInputs = {};

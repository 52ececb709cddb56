/**
* | output |
* | --- |
* | "Presence, note, location and free/busy." |
*
* @param {Privacy_Sees_Short_ColleaguesInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const privacy_sees_short_colleagues: ((inputs?: Privacy_Sees_Short_ColleaguesInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Privacy_Sees_Short_ColleaguesInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Privacy_Sees_Short_ColleaguesInputs = {};

/**
* | output |
* | --- |
* | "Only your name and e-mail address; cannot reach you." |
*
* @param {Privacy_Sees_Short_BlockedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const privacy_sees_short_blocked: ((inputs?: Privacy_Sees_Short_BlockedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Privacy_Sees_Short_BlockedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Privacy_Sees_Short_BlockedInputs = {};

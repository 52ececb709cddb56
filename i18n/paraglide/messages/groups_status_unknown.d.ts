/**
* | output |
* | --- |
* | "status not known yet" |
*
* @param {Groups_Status_UnknownInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_status_unknown: ((inputs?: Groups_Status_UnknownInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Groups_Status_UnknownInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Groups_Status_UnknownInputs = {};

/**
* | output |
* | --- |
* | "Changed from another device meanwhile: {change}." |
*
* @param {Privacy_ConflictInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const privacy_conflict: ((inputs: Privacy_ConflictInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Privacy_ConflictInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Privacy_ConflictInputs = {
    change: NonNullable<unknown>;
};

/**
* | output |
* | --- |
* | "The change conflicts with the current state on the server. Try again." |
*
* @param {Error_ConflictInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_conflict: ((inputs?: Error_ConflictInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_ConflictInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Error_ConflictInputs = {};

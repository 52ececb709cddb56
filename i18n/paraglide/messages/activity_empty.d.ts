/**
* | output |
* | --- |
* | "No relationship changes yet. Changes you make here or from another device or client are listed." |
*
* @param {Activity_EmptyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_empty: ((inputs?: Activity_EmptyInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Activity_EmptyInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Activity_EmptyInputs = {};

/**
* | output |
* | --- |
* | "Opening a session" |
*
* @param {Format_Step_Creating_ApplicationInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const format_step_creating_application: ((inputs?: Format_Step_Creating_ApplicationInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Format_Step_Creating_ApplicationInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Format_Step_Creating_ApplicationInputs = {};

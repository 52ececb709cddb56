/**
* | output |
* | --- |
* | "Copy diagnostics" |
*
* @param {Help_Copy_DiagnosticsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_copy_diagnostics: ((inputs?: Help_Copy_DiagnosticsInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Help_Copy_DiagnosticsInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Help_Copy_DiagnosticsInputs = {};

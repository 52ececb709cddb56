/**
* | output |
* | --- |
* | "The server requires the current version before a change. Reload and try again." |
*
* @param {Error_Precondition_RequiredInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_precondition_required: ((inputs?: Error_Precondition_RequiredInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Precondition_RequiredInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Error_Precondition_RequiredInputs = {};

/**
* | output |
* | --- |
* | "for troubleshooting in the system's log folder, without passwords or tokens." |
*
* @param {Help_Stores_Log_TextInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_stores_log_text: ((inputs?: Help_Stores_Log_TextInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Help_Stores_Log_TextInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Help_Stores_Log_TextInputs = {};

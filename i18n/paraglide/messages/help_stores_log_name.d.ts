/**
* | output |
* | --- |
* | "A log file" |
*
* @param {Help_Stores_Log_NameInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_stores_log_name: ((inputs?: Help_Stores_Log_NameInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Help_Stores_Log_NameInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Help_Stores_Log_NameInputs = {};

/**
* | output |
* | --- |
* | "(Activity) in history.json in the same folder." |
*
* @param {Help_Stores_History_TextInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_stores_history_text: ((inputs?: Help_Stores_History_TextInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Help_Stores_History_TextInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Help_Stores_History_TextInputs = {};

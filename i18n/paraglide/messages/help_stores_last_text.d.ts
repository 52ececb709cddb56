/**
* | output |
* | --- |
* | ", so the app can tell you what changed while it was not running, in the last-known folder beside it, one file per account; removed when you sign out without ..." |
*
* @param {Help_Stores_Last_TextInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_stores_last_text: ((inputs?: Help_Stores_Last_TextInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Help_Stores_Last_TextInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Help_Stores_Last_TextInputs = {};

/**
* | output |
* | --- |
* | "Settings" |
*
* @param {Help_Stores_Settings_NameInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_stores_settings_name: ((inputs?: Help_Stores_Settings_NameInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Help_Stores_Settings_NameInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Help_Stores_Settings_NameInputs = {};

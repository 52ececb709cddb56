/**
* | output |
* | --- |
* | "Start UCWA Tray when I log in" |
*
* @param {Settings_Start_At_LoginInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_start_at_login: ((inputs?: Settings_Start_At_LoginInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Settings_Start_At_LoginInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Settings_Start_At_LoginInputs = {};

/**
* | output |
* | --- |
* | "This desktop shows no tray icons, so UCWA Tray keeps its window in the taskbar. On GNOME, install the \"AppIndicator and KStatusNotifierItem Support\" extensio..." |
*
* @param {Settings_No_TrayInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_no_tray: ((inputs?: Settings_No_TrayInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Settings_No_TrayInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Settings_No_TrayInputs = {};

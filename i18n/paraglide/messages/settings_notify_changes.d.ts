/**
* | output |
* | --- |
* | "When a relationship is changed from another device" |
*
* @param {Settings_Notify_ChangesInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_notify_changes: ((inputs?: Settings_Notify_ChangesInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Settings_Notify_ChangesInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Settings_Notify_ChangesInputs = {};

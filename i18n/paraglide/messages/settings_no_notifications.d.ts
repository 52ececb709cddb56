/**
* | output |
* | --- |
* | "This computer does not show notifications from UCWA Tray, so new changes are counted on the tray icon instead. On macOS, an unsigned build cannot show notifi..." |
*
* @param {Settings_No_NotificationsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_no_notifications: ((inputs?: Settings_No_NotificationsInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Settings_No_NotificationsInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Settings_No_NotificationsInputs = {};

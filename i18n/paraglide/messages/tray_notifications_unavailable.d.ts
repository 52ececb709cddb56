/**
* | output |
* | --- |
* | "Notifications cannot be shown here: new changes are counted on this icon" |
*
* @param {Tray_Notifications_UnavailableInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_notifications_unavailable: ((inputs?: Tray_Notifications_UnavailableInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tray_Notifications_UnavailableInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Tray_Notifications_UnavailableInputs = {};

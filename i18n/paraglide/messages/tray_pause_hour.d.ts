/**
* | output |
* | --- |
* | "For 1 hour" |
*
* @param {Tray_Pause_HourInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_pause_hour: ((inputs?: Tray_Pause_HourInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tray_Pause_HourInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Tray_Pause_HourInputs = {};

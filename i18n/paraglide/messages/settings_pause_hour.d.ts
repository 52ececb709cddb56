/**
* | output |
* | --- |
* | "For 1 hour" |
*
* @param {Settings_Pause_HourInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_pause_hour: ((inputs?: Settings_Pause_HourInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Settings_Pause_HourInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Settings_Pause_HourInputs = {};

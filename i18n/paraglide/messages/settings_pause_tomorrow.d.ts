/**
* | output |
* | --- |
* | "Until tomorrow" |
*
* @param {Settings_Pause_TomorrowInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_pause_tomorrow: ((inputs?: Settings_Pause_TomorrowInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Settings_Pause_TomorrowInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Settings_Pause_TomorrowInputs = {};

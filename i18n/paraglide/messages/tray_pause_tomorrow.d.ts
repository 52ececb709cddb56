/**
* | output |
* | --- |
* | "Until tomorrow" |
*
* @param {Tray_Pause_TomorrowInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_pause_tomorrow: ((inputs?: Tray_Pause_TomorrowInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tray_Pause_TomorrowInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Tray_Pause_TomorrowInputs = {};

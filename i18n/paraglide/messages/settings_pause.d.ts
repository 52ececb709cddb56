/**
* | output |
* | --- |
* | "Pause notifications:" |
*
* @param {Settings_PauseInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_pause: ((inputs?: Settings_PauseInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Settings_PauseInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Settings_PauseInputs = {};

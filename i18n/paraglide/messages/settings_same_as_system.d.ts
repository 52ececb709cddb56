/**
* | output |
* | --- |
* | "Same as the system" |
*
* @param {Settings_Same_As_SystemInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_same_as_system: ((inputs?: Settings_Same_As_SystemInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Settings_Same_As_SystemInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Settings_Same_As_SystemInputs = {};

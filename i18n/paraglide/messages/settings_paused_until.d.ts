/**
* | output |
* | --- |
* | "Paused until {time}." |
*
* @param {Settings_Paused_UntilInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_paused_until: ((inputs: Settings_Paused_UntilInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Settings_Paused_UntilInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Settings_Paused_UntilInputs = {
    time: NonNullable<unknown>;
};

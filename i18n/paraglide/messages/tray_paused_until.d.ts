/**
* | output |
* | --- |
* | "Notifications paused until {time}" |
*
* @param {Tray_Paused_UntilInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_paused_until: ((inputs: Tray_Paused_UntilInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tray_Paused_UntilInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Tray_Paused_UntilInputs = {
    time: NonNullable<unknown>;
};

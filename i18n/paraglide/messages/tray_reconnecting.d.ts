/**
* | output |
* | --- |
* | "Reconnecting (next try {time})" |
*
* @param {Tray_ReconnectingInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_reconnecting: ((inputs: Tray_ReconnectingInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tray_ReconnectingInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Tray_ReconnectingInputs = {
    time: NonNullable<unknown>;
};

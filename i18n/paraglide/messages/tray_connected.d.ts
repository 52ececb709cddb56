/**
* | output |
* | --- |
* | "Connected as {user}" |
*
* @param {Tray_ConnectedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_connected: ((inputs: Tray_ConnectedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tray_ConnectedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Tray_ConnectedInputs = {
    user: NonNullable<unknown>;
};

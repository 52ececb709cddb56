/**
* | output |
* | --- |
* | "finding the server" |
*
* @param {Tray_Step_DiscoveringInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_step_discovering: ((inputs?: Tray_Step_DiscoveringInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tray_Step_DiscoveringInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Tray_Step_DiscoveringInputs = {};

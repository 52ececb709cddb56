/**
* | output |
* | --- |
* | "starting the session" |
*
* @param {Tray_Step_Creating_ApplicationInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_step_creating_application: ((inputs?: Tray_Step_Creating_ApplicationInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tray_Step_Creating_ApplicationInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Tray_Step_Creating_ApplicationInputs = {};

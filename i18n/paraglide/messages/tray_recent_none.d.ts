/**
* | output |
* | --- |
* | "No changes yet" |
*
* @param {Tray_Recent_NoneInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_recent_none: ((inputs?: Tray_Recent_NoneInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tray_Recent_NoneInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Tray_Recent_NoneInputs = {};

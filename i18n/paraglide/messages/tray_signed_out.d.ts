/**
* | output |
* | --- |
* | "Signed out" |
*
* @param {Tray_Signed_OutInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_signed_out: ((inputs?: Tray_Signed_OutInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tray_Signed_OutInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Tray_Signed_OutInputs = {};

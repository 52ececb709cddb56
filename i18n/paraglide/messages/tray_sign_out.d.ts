/**
* | output |
* | --- |
* | "Sign out" |
*
* @param {Tray_Sign_OutInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_sign_out: ((inputs?: Tray_Sign_OutInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tray_Sign_OutInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Tray_Sign_OutInputs = {};

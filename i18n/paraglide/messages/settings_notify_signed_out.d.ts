/**
* | output |
* | --- |
* | "When I am signed out" |
*
* @param {Settings_Notify_Signed_OutInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_notify_signed_out: ((inputs?: Settings_Notify_Signed_OutInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Settings_Notify_Signed_OutInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Settings_Notify_Signed_OutInputs = {};

/**
* | output |
* | --- |
* | "UCWA Tray signed out" |
*
* @param {Notify_Signed_Out_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_signed_out_title: ((inputs?: Notify_Signed_Out_TitleInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Notify_Signed_Out_TitleInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Notify_Signed_Out_TitleInputs = {};

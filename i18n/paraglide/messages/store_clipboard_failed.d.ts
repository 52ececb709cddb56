/**
* | output |
* | --- |
* | "Could not copy to the clipboard." |
*
* @param {Store_Clipboard_FailedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_clipboard_failed: ((inputs?: Store_Clipboard_FailedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Store_Clipboard_FailedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Store_Clipboard_FailedInputs = {};

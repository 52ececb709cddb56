/**
* | output |
* | --- |
* | "Cancel" |
*
* @param {Dialog_CancelInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const dialog_cancel: ((inputs?: Dialog_CancelInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Dialog_CancelInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Dialog_CancelInputs = {};

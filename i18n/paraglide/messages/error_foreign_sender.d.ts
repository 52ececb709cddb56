/**
* | output |
* | --- |
* | "This request did not come from UCWA Tray." |
*
* @param {Error_Foreign_SenderInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_foreign_sender: ((inputs?: Error_Foreign_SenderInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Foreign_SenderInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Error_Foreign_SenderInputs = {};

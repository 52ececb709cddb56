/**
* | output |
* | --- |
* | "Diagnostics copied. Paste them into your message to support." |
*
* @param {Store_Diagnostics_CopiedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_diagnostics_copied: ((inputs?: Store_Diagnostics_CopiedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Store_Diagnostics_CopiedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Store_Diagnostics_CopiedInputs = {};

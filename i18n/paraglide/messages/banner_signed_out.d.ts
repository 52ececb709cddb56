/**
* | output |
* | --- |
* | "Signed out." |
*
* @param {Banner_Signed_OutInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const banner_signed_out: ((inputs?: Banner_Signed_OutInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Banner_Signed_OutInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Banner_Signed_OutInputs = {};

/**
* | output |
* | --- |
* | "Sign in again" |
*
* @param {Banner_Sign_In_AgainInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const banner_sign_in_again: ((inputs?: Banner_Sign_In_AgainInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Banner_Sign_In_AgainInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Banner_Sign_In_AgainInputs = {};

/**
* | output |
* | --- |
* | "This server does not accept password sign-in." |
*
* @param {Trust_Password_Not_OfferedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const trust_password_not_offered: ((inputs?: Trust_Password_Not_OfferedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Trust_Password_Not_OfferedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Trust_Password_Not_OfferedInputs = {};

/**
* | output |
* | --- |
* | "You are not signed in. Sign in and try again." |
*
* @param {Session_Not_Signed_InInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const session_not_signed_in: ((inputs?: Session_Not_Signed_InInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Session_Not_Signed_InInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Session_Not_Signed_InInputs = {};

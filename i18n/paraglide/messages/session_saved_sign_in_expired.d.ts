/**
* | output |
* | --- |
* | "Your saved sign-in has expired; sign in again." |
*
* @param {Session_Saved_Sign_In_ExpiredInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const session_saved_sign_in_expired: ((inputs?: Session_Saved_Sign_In_ExpiredInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Session_Saved_Sign_In_ExpiredInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Session_Saved_Sign_In_ExpiredInputs = {};

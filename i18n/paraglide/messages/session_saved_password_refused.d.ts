/**
* | output |
* | --- |
* | "Your saved password was not accepted; sign in again." |
*
* @param {Session_Saved_Password_RefusedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const session_saved_password_refused: ((inputs?: Session_Saved_Password_RefusedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Session_Saved_Password_RefusedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Session_Saved_Password_RefusedInputs = {};

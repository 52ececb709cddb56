/**
* | output |
* | --- |
* | "The server no longer accepts your password. Sign in again." |
*
* @param {Channel_Password_RefusedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const channel_password_refused: ((inputs?: Channel_Password_RefusedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Channel_Password_RefusedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Channel_Password_RefusedInputs = {};

/**
* | output |
* | --- |
* | "The server keeps refusing our sign-in." |
*
* @param {Channel_Sign_In_RefusedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const channel_sign_in_refused: ((inputs?: Channel_Sign_In_RefusedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Channel_Sign_In_RefusedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Channel_Sign_In_RefusedInputs = {};

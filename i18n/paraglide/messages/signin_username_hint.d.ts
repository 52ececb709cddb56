/**
* | output |
* | --- |
* | "DOMAIN\\user or user@domain, if your organisation signs you in with another name than your sign-in address." |
*
* @param {Signin_Username_HintInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_username_hint: ((inputs?: Signin_Username_HintInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Signin_Username_HintInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Signin_Username_HintInputs = {};

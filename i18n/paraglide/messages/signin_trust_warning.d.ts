/**
* | output |
* | --- |
* | "Only continue if your organisation told you to sign in there. Your password will be sent to it." |
*
* @param {Signin_Trust_WarningInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_trust_warning: ((inputs?: Signin_Trust_WarningInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Signin_Trust_WarningInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Signin_Trust_WarningInputs = {};

/**
* | output |
* | --- |
* | "Only continue if your organisation told you to sign in there. Your Windows account will sign in to it." |
*
* @param {Signin_Trust_Warning_WindowsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_trust_warning_windows: ((inputs?: Signin_Trust_Warning_WindowsInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Signin_Trust_Warning_WindowsInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Signin_Trust_Warning_WindowsInputs = {};

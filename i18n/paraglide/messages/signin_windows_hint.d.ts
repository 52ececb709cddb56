/**
* | output |
* | --- |
* | "Uses the account you are signed in to Windows (or your domain) with: no password needed." |
*
* @param {Signin_Windows_HintInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_windows_hint: ((inputs?: Signin_Windows_HintInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Signin_Windows_HintInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Signin_Windows_HintInputs = {};

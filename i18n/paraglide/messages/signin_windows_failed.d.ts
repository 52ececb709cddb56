/**
* | output |
* | --- |
* | "Windows sign-in did not work" |
*
* @param {Signin_Windows_FailedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_windows_failed: ((inputs?: Signin_Windows_FailedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Signin_Windows_FailedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Signin_Windows_FailedInputs = {};

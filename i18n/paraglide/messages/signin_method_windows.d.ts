/**
* | output |
* | --- |
* | "Windows account" |
*
* @param {Signin_Method_WindowsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_method_windows: ((inputs?: Signin_Method_WindowsInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Signin_Method_WindowsInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Signin_Method_WindowsInputs = {};

/**
* | output |
* | --- |
* | "Checking how this server signs you in…" |
*
* @param {Signin_Checking_MethodsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_checking_methods: ((inputs?: Signin_Checking_MethodsInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Signin_Checking_MethodsInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Signin_Checking_MethodsInputs = {};

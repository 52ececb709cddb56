/**
* | output |
* | --- |
* | "Organisation sign-in page" |
*
* @param {Signin_Method_PassiveInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_method_passive: ((inputs?: Signin_Method_PassiveInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Signin_Method_PassiveInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Signin_Method_PassiveInputs = {};

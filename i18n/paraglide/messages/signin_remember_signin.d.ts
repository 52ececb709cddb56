/**
* | output |
* | --- |
* | "Keep me signed in" |
*
* @param {Signin_Remember_SigninInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_remember_signin: ((inputs?: Signin_Remember_SigninInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Signin_Remember_SigninInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Signin_Remember_SigninInputs = {};

/**
* | output |
* | --- |
* | "User name and password" |
*
* @param {Signin_Method_PasswordInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_method_password: ((inputs?: Signin_Method_PasswordInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Signin_Method_PasswordInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Signin_Method_PasswordInputs = {};

/**
* | output |
* | --- |
* | "No keyring is available on this computer, so your password cannot be remembered. You will be asked again after about 8 hours or when the app restarts." |
*
* @param {Signin_No_KeyringInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_no_keyring: ((inputs?: Signin_No_KeyringInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Signin_No_KeyringInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Signin_No_KeyringInputs = {};

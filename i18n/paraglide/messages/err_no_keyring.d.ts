/**
* | output |
* | --- |
* | "Your password cannot be remembered on this computer" |
*
* @param {Err_No_KeyringInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const err_no_keyring: ((inputs?: Err_No_KeyringInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_No_KeyringInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Err_No_KeyringInputs = {};

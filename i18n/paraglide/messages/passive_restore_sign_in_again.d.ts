/**
* | output |
* | --- |
* | "Sign in again with your organisation's page." |
*
* @param {Passive_Restore_Sign_In_AgainInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const passive_restore_sign_in_again: ((inputs?: Passive_Restore_Sign_In_AgainInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Passive_Restore_Sign_In_AgainInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Passive_Restore_Sign_In_AgainInputs = {};

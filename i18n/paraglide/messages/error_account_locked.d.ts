/**
* | output |
* | --- |
* | "Your account is locked or disabled. Contact your administrator." |
*
* @param {Error_Account_LockedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_account_locked: ((inputs?: Error_Account_LockedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Account_LockedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Error_Account_LockedInputs = {};

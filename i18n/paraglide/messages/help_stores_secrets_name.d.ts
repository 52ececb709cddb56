/**
* | output |
* | --- |
* | "Your password and sign-in tokens" |
*
* @param {Help_Stores_Secrets_NameInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_stores_secrets_name: ((inputs?: Help_Stores_Secrets_NameInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Help_Stores_Secrets_NameInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Help_Stores_Secrets_NameInputs = {};

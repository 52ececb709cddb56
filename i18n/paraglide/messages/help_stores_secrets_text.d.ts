/**
* | output |
* | --- |
* | "only in your system's keyring (GNOME Keyring or KWallet, Windows Credential Manager, the macOS Keychain), and the password only if you choose \"Remember my pa..." |
*
* @param {Help_Stores_Secrets_TextInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_stores_secrets_text: ((inputs?: Help_Stores_Secrets_TextInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Help_Stores_Secrets_TextInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Help_Stores_Secrets_TextInputs = {};

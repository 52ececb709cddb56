/**
* | output |
* | --- |
* | "Signed in as {user} on {server}." |
*
* @param {Settings_Signed_InInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_signed_in: ((inputs: Settings_Signed_InInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Settings_Signed_InInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Settings_Signed_InInputs = {
    user: NonNullable<unknown>;
    server: NonNullable<unknown>;
};

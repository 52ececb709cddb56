/**
* | output |
* | --- |
* | "(server address, sign-in address, notification and theme choices) in a file named settings.json in the app's data folder: {linux} on Linux, {windows} on Wind..." |
*
* @param {Help_Stores_Settings_TextInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_stores_settings_text: ((inputs: Help_Stores_Settings_TextInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Help_Stores_Settings_TextInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Help_Stores_Settings_TextInputs = {
    linux: NonNullable<unknown>;
    windows: NonNullable<unknown>;
    mac: NonNullable<unknown>;
};

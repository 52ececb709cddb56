/**
* | output |
* | --- |
* | "Server: {server}" |
*
* @param {Settings_ServerInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_server: ((inputs: Settings_ServerInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Settings_ServerInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Settings_ServerInputs = {
    server: NonNullable<unknown>;
};

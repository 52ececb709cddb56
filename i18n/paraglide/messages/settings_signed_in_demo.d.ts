/**
* | output |
* | --- |
* | "Signed in as {user} to the demo server on this computer." |
*
* @param {Settings_Signed_In_DemoInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_signed_in_demo: ((inputs: Settings_Signed_In_DemoInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Settings_Signed_In_DemoInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Settings_Signed_In_DemoInputs = {
    user: NonNullable<unknown>;
};

/**
* | output |
* | --- |
* | "Signing in: {step}…" |
*
* @param {Tray_Signing_InInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_signing_in: ((inputs: Tray_Signing_InInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tray_Signing_InInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Tray_Signing_InInputs = {
    step: NonNullable<unknown>;
};

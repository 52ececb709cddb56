/**
* | output |
* | --- |
* | "signing in" |
*
* @param {Tray_Step_AuthenticatingInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_step_authenticating: ((inputs?: Tray_Step_AuthenticatingInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tray_Step_AuthenticatingInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Tray_Step_AuthenticatingInputs = {};

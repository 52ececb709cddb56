/**
* | output |
* | --- |
* | "Signing in" |
*
* @param {Format_Step_AuthenticatingInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const format_step_authenticating: ((inputs?: Format_Step_AuthenticatingInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Format_Step_AuthenticatingInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Format_Step_AuthenticatingInputs = {};

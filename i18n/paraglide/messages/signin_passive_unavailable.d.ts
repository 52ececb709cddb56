/**
* | output |
* | --- |
* | "Signing in with your organisation's page is not available yet." |
*
* @param {Signin_Passive_UnavailableInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_passive_unavailable: ((inputs?: Signin_Passive_UnavailableInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Signin_Passive_UnavailableInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Signin_Passive_UnavailableInputs = {};

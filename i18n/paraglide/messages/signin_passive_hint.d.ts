/**
* | output |
* | --- |
* | "Your organisation's sign-in page opens in its own window." |
*
* @param {Signin_Passive_HintInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_passive_hint: ((inputs?: Signin_Passive_HintInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Signin_Passive_HintInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Signin_Passive_HintInputs = {};

/**
* | output |
* | --- |
* | "Leave empty to find the server automatically, or enter its name or discovery URL." |
*
* @param {Signin_Server_HintInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_server_hint: ((inputs?: Signin_Server_HintInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Signin_Server_HintInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Signin_Server_HintInputs = {};

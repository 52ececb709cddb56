/**
* | output |
* | --- |
* | "No server yet? Try the app with a built-in demo server and 40 sample contacts." |
*
* @param {Signin_First_RunInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_first_run: ((inputs?: Signin_First_RunInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Signin_First_RunInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Signin_First_RunInputs = {};

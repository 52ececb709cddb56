/**
* | output |
* | --- |
* | "The demo did not start" |
*
* @param {Signin_Demo_FailedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_demo_failed: ((inputs?: Signin_Demo_FailedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Signin_Demo_FailedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Signin_Demo_FailedInputs = {};

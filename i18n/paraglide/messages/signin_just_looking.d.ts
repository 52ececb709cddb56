/**
* | output |
* | --- |
* | "Just looking?" |
*
* @param {Signin_Just_LookingInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_just_looking: ((inputs?: Signin_Just_LookingInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Signin_Just_LookingInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Signin_Just_LookingInputs = {};

/**
* | output |
* | --- |
* | "on {server}." |
*
* @param {Help_Signed_In_OnInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_signed_in_on: ((inputs: Help_Signed_In_OnInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Help_Signed_In_OnInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Help_Signed_In_OnInputs = {
    server: NonNullable<unknown>;
};

/**
* | output |
* | --- |
* | "signed out" |
*
* @param {Cli_Signed_OutInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_signed_out: ((inputs?: Cli_Signed_OutInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_Signed_OutInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Cli_Signed_OutInputs = {};

/**
* | output |
* | --- |
* | "signed out" |
*
* @param {Cli_Signed_OutInputs} inputs
* @param {{ locale?: "en" }} options
* @returns {LocalizedString}
*/
export const cli_signed_out: ((inputs?: Cli_Signed_OutInputs, options?: {
    locale?: "en";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_Signed_OutInputs, {
    locale?: "en";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Cli_Signed_OutInputs = {};

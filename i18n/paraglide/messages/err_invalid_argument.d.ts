/**
* | output |
* | --- |
* | "Please check what you entered" |
*
* @param {Err_Invalid_ArgumentInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const err_invalid_argument: ((inputs?: Err_Invalid_ArgumentInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Invalid_ArgumentInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Err_Invalid_ArgumentInputs = {};

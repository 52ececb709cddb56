/**
* | output |
* | --- |
* | "Check both and try again. The sign-in address is usually your work e-mail address." |
*
* @param {Err_Check_BothInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const err_check_both: ((inputs?: Err_Check_BothInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Check_BothInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Err_Check_BothInputs = {};

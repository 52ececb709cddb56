/**
* | output |
* | --- |
* | "It has expired or is not valid yet; check this computer's date and time." |
*
* @param {Error_Certificate_DateInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_certificate_date: ((inputs?: Error_Certificate_DateInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Certificate_DateInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Error_Certificate_DateInputs = {};

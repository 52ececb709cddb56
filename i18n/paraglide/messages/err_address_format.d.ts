/**
* | output |
* | --- |
* | "Enter your sign-in address as name@company.com." |
*
* @param {Err_Address_FormatInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const err_address_format: ((inputs?: Err_Address_FormatInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Address_FormatInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Err_Address_FormatInputs = {};

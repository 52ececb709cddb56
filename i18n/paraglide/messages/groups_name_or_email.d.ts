/**
* | output |
* | --- |
* | "Name or e-mail" |
*
* @param {Groups_Name_Or_EmailInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_name_or_email: ((inputs?: Groups_Name_Or_EmailInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Groups_Name_Or_EmailInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Groups_Name_Or_EmailInputs = {};

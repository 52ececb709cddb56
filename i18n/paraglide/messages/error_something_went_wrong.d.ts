/**
* | output |
* | --- |
* | "Something went wrong." |
*
* @param {Error_Something_Went_WrongInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_something_went_wrong: ((inputs?: Error_Something_Went_WrongInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Something_Went_WrongInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Error_Something_Went_WrongInputs = {};

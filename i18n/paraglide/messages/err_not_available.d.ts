/**
* | output |
* | --- |
* | "Not available right now" |
*
* @param {Err_Not_AvailableInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const err_not_available: ((inputs?: Err_Not_AvailableInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Not_AvailableInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Err_Not_AvailableInputs = {};

/**
* | output |
* | --- |
* | "The server address is not secure" |
*
* @param {Err_Insecure_UrlInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const err_insecure_url: ((inputs?: Err_Insecure_UrlInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Insecure_UrlInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Err_Insecure_UrlInputs = {};

/**
* | output |
* | --- |
* | "The server sent a link that cannot be used." |
*
* @param {Trust_Bad_UrlInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const trust_bad_url: ((inputs?: Trust_Bad_UrlInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Trust_Bad_UrlInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Trust_Bad_UrlInputs = {};

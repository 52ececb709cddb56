/**
* | output |
* | --- |
* | "The server sent a link to {host} that cannot be used safely." |
*
* @param {Trust_Bad_Url_HostInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const trust_bad_url_host: ((inputs: Trust_Bad_Url_HostInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Trust_Bad_Url_HostInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Trust_Bad_Url_HostInputs = {
    host: NonNullable<unknown>;
};

/**
* | output |
* | --- |
* | "{host} is not set up for Kerberos sign-in in your domain." |
*
* @param {Trust_Unknown_ServiceInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const trust_unknown_service: ((inputs: Trust_Unknown_ServiceInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Trust_Unknown_ServiceInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Trust_Unknown_ServiceInputs = {
    host: NonNullable<unknown>;
};

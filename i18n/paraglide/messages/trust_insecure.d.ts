/**
* | output |
* | --- |
* | "{host} does not use a secure (https) connection, so nothing was sent to it." |
*
* @param {Trust_InsecureInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const trust_insecure: ((inputs: Trust_InsecureInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Trust_InsecureInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Trust_InsecureInputs = {
    host: NonNullable<unknown>;
};

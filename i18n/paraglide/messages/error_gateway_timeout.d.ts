/**
* | output |
* | --- |
* | "A server on the way did not answer in time. Try again in a moment." |
*
* @param {Error_Gateway_TimeoutInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_gateway_timeout: ((inputs?: Error_Gateway_TimeoutInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Gateway_TimeoutInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Error_Gateway_TimeoutInputs = {};

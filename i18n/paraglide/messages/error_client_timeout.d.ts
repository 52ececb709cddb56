/**
* | output |
* | --- |
* | "The request took too long to send. Try again." |
*
* @param {Error_Client_TimeoutInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_client_timeout: ((inputs?: Error_Client_TimeoutInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Client_TimeoutInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Error_Client_TimeoutInputs = {};

/**
* | output |
* | --- |
* | "The server did not answer in time" |
*
* @param {Err_TimeoutInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const err_timeout: ((inputs?: Err_TimeoutInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_TimeoutInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Err_TimeoutInputs = {};

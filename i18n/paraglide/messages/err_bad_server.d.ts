/**
* | output |
* | --- |
* | "The server address is not one the app can use." |
*
* @param {Err_Bad_ServerInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const err_bad_server: ((inputs?: Err_Bad_ServerInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Bad_ServerInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Err_Bad_ServerInputs = {};

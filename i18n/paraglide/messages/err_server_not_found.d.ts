/**
* | output |
* | --- |
* | "Server not found" |
*
* @param {Err_Server_Not_FoundInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const err_server_not_found: ((inputs?: Err_Server_Not_FoundInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Server_Not_FoundInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Err_Server_Not_FoundInputs = {};

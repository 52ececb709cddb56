/**
* | output |
* | --- |
* | "The server dropped the connection." |
*
* @param {Words_Server_DroppedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const words_server_dropped: ((inputs?: Words_Server_DroppedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Words_Server_DroppedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Words_Server_DroppedInputs = {};

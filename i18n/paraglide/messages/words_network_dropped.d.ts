/**
* | output |
* | --- |
* | "The network connection to the server dropped." |
*
* @param {Words_Network_DroppedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const words_network_dropped: ((inputs?: Words_Network_DroppedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Words_Network_DroppedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Words_Network_DroppedInputs = {};

/**
* | output |
* | --- |
* | "The server sent an answer that could not be understood." |
*
* @param {Channel_Not_UnderstoodInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const channel_not_understood: ((inputs?: Channel_Not_UnderstoodInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Channel_Not_UnderstoodInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Channel_Not_UnderstoodInputs = {};

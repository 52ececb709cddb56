/**
* | output |
* | --- |
* | "The server did not accept the format of the request." |
*
* @param {Error_Unsupported_Media_TypeInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_unsupported_media_type: ((inputs?: Error_Unsupported_Media_TypeInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Unsupported_Media_TypeInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Error_Unsupported_Media_TypeInputs = {};

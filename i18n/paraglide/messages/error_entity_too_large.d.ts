/**
* | output |
* | --- |
* | "The request was too large for the server." |
*
* @param {Error_Entity_Too_LargeInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_entity_too_large: ((inputs?: Error_Entity_Too_LargeInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Entity_Too_LargeInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Error_Entity_Too_LargeInputs = {};

/**
* | output |
* | --- |
* | "The server does not let you change it." |
*
* @param {Store_Not_ChangeableInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_not_changeable: ((inputs?: Store_Not_ChangeableInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Store_Not_ChangeableInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Store_Not_ChangeableInputs = {};

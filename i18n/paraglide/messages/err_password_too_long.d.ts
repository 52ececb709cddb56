/**
* | output |
* | --- |
* | "The password is too long." |
*
* @param {Err_Password_Too_LongInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const err_password_too_long: ((inputs?: Err_Password_Too_LongInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Password_Too_LongInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Err_Password_Too_LongInputs = {};

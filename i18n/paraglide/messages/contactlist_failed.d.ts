/**
* | output |
* | --- |
* | "Your contact groups could not be read. They are tried again on the next change." |
*
* @param {Contactlist_FailedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contactlist_failed: ((inputs?: Contactlist_FailedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Contactlist_FailedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Contactlist_FailedInputs = {};

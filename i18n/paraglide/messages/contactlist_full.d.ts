/**
* | output |
* | --- |
* | "Your contact list is full: the server allows no more contacts. Remove someone first." |
*
* @param {Contactlist_FullInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contactlist_full: ((inputs?: Contactlist_FullInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Contactlist_FullInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Contactlist_FullInputs = {};

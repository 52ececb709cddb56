/**
* | output |
* | --- |
* | "Your server does not show contact groups to apps." |
*
* @param {Contactlist_AbsentInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contactlist_absent: ((inputs?: Contactlist_AbsentInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Contactlist_AbsentInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Contactlist_AbsentInputs = {};
